namespace IntegrationFramework.Vision;

/// <summary>Who the 2018 report's key actions (section 3) are addressed to.</summary>
public enum ActionAudience
{
    /// <summary>Central Government, NHS England and NHS Improvement, working with other national partners.</summary>
    NationalLeaders = 1,

    /// <summary>ADASS, ADPH, the LGA, NHS Clinical Commissioners, the NHS Confederation and NHS Providers.</summary>
    NationalMembershipOrganisations,

    /// <summary>Partners involved in STPs/ICSs and local transformation.</summary>
    LocalPartners,
}
