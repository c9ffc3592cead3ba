namespace IntegrationFramework.Governance;

/// <summary>The role in which someone sits on a governance body.</summary>
public enum MemberRole
{
    /// <summary>An elected member (councillor), bringing democratic accountability.</summary>
    ElectedMember = 1,

    /// <summary>A clinician.</summary>
    Clinician,

    /// <summary>A professional other than a clinician, such as a social worker or director of public health.</summary>
    OtherProfessional,

    /// <summary>An officer or executive of a partner organisation.</summary>
    Officer,

    /// <summary>A person who uses services.</summary>
    PersonWhoUsesServices,

    /// <summary>A carer.</summary>
    Carer,

    /// <summary>A representative of a community or of the VCSE sector.</summary>
    CommunityOrVcseRepresentative,
}
