using IntegrationFramework.Collections;
using IntegrationFramework.Vision;
using static IntegrationFramework.Data.Sources;

namespace IntegrationFramework.Data.Report2018;

/// <summary>The 2018 report's vision (section 2), shifts (section 1), key actions (section 3) and levels of prevention (section 4).</summary>
internal static class VisionData
{
    private const string ShiftsSection = $"{Introduction} › Shifting the centre of gravity";
    private const string NationalLeaders = $"{Sources.KeyActions} › Key actions for national leaders";
    private const string MembershipOrganisations = $"{Sources.KeyActions} › National membership organisations";
    private const string LocalPartners = $"{Sources.KeyActions} › Key actions for partners involved in STPs/ICSs and local transformation";

    internal static readonly EquatableArray<VisionOutcome> Outcomes =
    [
        new("VIS.1", "Individuals using health and care services experience positive outcomes",
            "We want every individual who uses a health or care service to be able to say that it was delivered in the right place and in a timely, joined-up way which respected their dignity and engaged them fully. We also want them to be able to say that they felt safe and that the service resulted in improvements to their lives – better physical and mental health, greater independence and feeling more included in society. To make this happen, people who use services and carers will be involved in shaping and evaluating integrated services.",
            Report(OurVision, 13)),
        new("VIS.2", "Individuals, populations and communities maximise their health and wellbeing",
            "Only by working together can we turn the tide of poor health, so individuals, populations and communities become healthier, health inequalities are reduced and there is less demand on health and care services. Improving population health is central to our plans for system-wide transformation and should not be diverted by short-term pressures. We recognise that individuals are also responsible for improving their own health and independence, and we will support them to do this. This includes ‘health in all policies’ and extra investment in areas of acute deprivation or need.",
            Report(OurVision, 13)),
        new("VIS.3", "Front-line staff use their experience and expertise to shape seamless care",
            "Front-line staff, such as those working in multidisciplinary neighbourhood teams, make integration a reality for people using our services. We will create a collaborative culture across organisations involved in health, care and wellbeing, and provide opportunities for staff from all sectors to come together and use their shared experience and expertise to shape the working practices and systems that result in effective integration.",
            Report(OurVision, 13)),
        new("VIS.4", "Leaders work effectively across health and care, and drive transformation",
            "Health and social care leaders from all sectors set the culture and pace of transformation. Our leaders will have the skills and understanding to work effectively across the health, care and wellbeing system. They will develop a collaborative culture with behaviours based on respect and listening to others, while also having the confidence to challenge and make clear decisions to drive transformation at pace and scale.",
            Report(OurVision, 13)),
    ];

    internal static readonly EquatableArray<Shift> Shifts =
    [
        new("SHF.1", "A person-centred approach that delivers care and support in partnership with individuals and, where they wish, their families and communities, to achieve the best outcomes for them, rather than designing systems and processes around organisational silos.", Report(ShiftsSection, 11)),
        new("SHF.2", "A place-based approach that involves all partners collaborating to improve health and wellbeing, rather than a focus on separate organisations and structures.", Report(ShiftsSection, 11)),
        new("SHF.3", "A model of care and support that promotes health and wellbeing, independence, community support and self-care in or close to people’s homes, to reduce the need for unplanned hospital admissions and long-term residential care.", Report(ShiftsSection, 11)),
        new("SHF.4", "A shift to prevention to improve population health and wellbeing, to reduce the overall need for care and support, rather than a reliance on providing services to meet health and care needs.", Report(ShiftsSection, 11)),
        new("SHF.5", "Better alignment between nationally set targets and the priorities identified by local partners.", Report(ShiftsSection, 12)),
        new("SHF.6", "Equality between the NHS and local government in planning the future of health, care and wellbeing, with decisions taken collaboratively from the earliest stage.", Report(ShiftsSection, 12)),
        new("SHF.7", "A better balance between responding to short-term pressures while still maintaining the focus on longer-term transformation.", Report(ShiftsSection, 12)),
    ];

    internal static readonly EquatableArray<KeyAction> KeyActions = CreateKeyActions();

    internal static readonly EquatableArray<PreventionLevel> PreventionLevels =
    [
        new(PreventionTier.Primary, "Primary prevention",
            "Primary prevention involves activity to reduce the risk that people will develop poor health",
            ["designing the built environment to encourage exercise", "universal lifestyle services to help people adopt healthier behaviours", "asset-based community development in areas with health inequalities"],
            Report(Prevention, 18)),
        new(PreventionTier.Secondary, "Secondary prevention",
            "Secondary prevention involves more targeted interventions for people who are at risk of developing illness",
            ["diabetes screening", "case finding in GP practices"],
            Report(Prevention, 19)),
        new(PreventionTier.Tertiary, "Tertiary prevention",
            "Tertiary prevention refers to helping people who already have a life-limiting condition to improve their quality of life or independence",
            ["initiatives to help people with mental health conditions retain or enter employment"],
            Report(Prevention, 19)),
    ];

    private static EquatableArray<KeyAction> CreateKeyActions()
    {
        const string national = "Central Government, NHS England and NHS Improvement working with other national partners and with local government, NHS organisations, the VCSE sector and people who use services and carers.";
        const string members = "ADASS, ADPH, LGA, NHS Clinical Commissioners, the NHS Confederation and NHS Providers working with NHS England and other partners.";
        const string workforce = "National organisations working with Health Education England and Skills for Care and with local partners.";
        const string local = "Leaders and staff from all sectors and organisations, people who use services, carers and communities.";
        return
        [
            new("NAT.1", ActionAudience.NationalLeaders, national, "Establish a national vision for transformation",
                "Establish a national vision for transformation to give a clear message about the importance of delivering better health and care outcomes through person-centred care in or close to people’s homes and making the shift to prevention.",
                [], Report(NationalLeaders, 14)),
            new("NAT.2", ActionAudience.NationalLeaders, national, "Consider the NHS and local government as equal partners",
                "Ensure that the NHS and local government are considered as equal partners in developing integration and that discussions about major reforms, nationally and at all levels of place, involve all partners from the earliest stage.",
                [], Report(NationalLeaders, 14)),
            new("NAT.3", ActionAudience.NationalLeaders, national, "Realistic, locally-driven targets",
                "Ensure that national expectations and targets for savings and the speed of reform are realistic. Consider the impact of national targets on local areas so they align better with locally agreed integration priorities.",
                [], Report(NationalLeaders, 14)),
            new("NAT.4", ActionAudience.NationalLeaders, national, "Tackle barriers to integration",
                "Address systemic barriers that encourage organisations to focus on their own priorities rather than collaborate on shared outcomes – moving from separate outcomes frameworks and regulatory regimes to an approach that considers how integration works as a whole. Clarify legal questions that are raised about governance and shared finance, and technical issues relating to finance and IT.",
                [], Report(NationalLeaders, 14)),
            new("NAT.5", ActionAudience.NationalLeaders, national, "Transformation funding and support",
                "Continue to provide dedicated transformation funding to enable partners to develop and test integrated approaches that meet local needs, and to roll out what works at scale. Ensure that new models are evaluated and learning is shared.",
                [], Report(NationalLeaders, 15)),
            new("MEM.1", ActionAudience.NationalMembershipOrganisations, members, "A comprehensive approach to sharing learning and independent support",
                null,
                [
                    "provide information on good practice through case studies and research",
                    "produce guidance to support transformation, particularly on topics identified in this review including culture change, governance and IT",
                    "continue to provide support and development programmes that are independent or peer-led, particularly to equip leaders and staff to work collaboratively and to enable local organisations to make progress on integration, whatever their starting point",
                ],
                Report(MembershipOrganisations, 15)),
            new("MEM.2", ActionAudience.NationalMembershipOrganisations, workforce, "Integrated workforce planning and development",
                "Ensure that national training and development for leaders, professionals and workers equips them to work in integrated systems and settings. This will include establishing common working practices, such as person-centred care and collaborative leadership behaviours, throughout the health and care workforce. Ensure that national workforce planning covers both health and social care.",
                [], Report(MembershipOrganisations, 15)),
            new("LOC.1", ActionAudience.LocalPartners, local, "Comprehensive, aligned vision",
                "The vision for transformation should include delivering outcome-focused, person-centred care and preventing poor health and reducing health inequalities. There should be alignment of the vision and strategic plans across STPs/ICSs and local levels.",
                [], Report(LocalPartners, 15)),
            new("LOC.2", ActionAudience.LocalPartners, local, "Measure progress on a community health and care model",
                "Ensure there are clear plans for shifting appropriate activity and resources from acute hospital and long-term residential care into an integrated community health and care model, and ways of measuring that this shift is taking place.",
                [], Report(LocalPartners, 15)),
            new("LOC.3", ActionAudience.LocalPartners, local, "Make best use of all assets",
                "Operate a place-based approach involving a range of partners beyond the health and care sectors to make full use of all the assets that have an impact on health and wellbeing.",
                [], Report(LocalPartners, 15)),
            new("LOC.4", ActionAudience.LocalPartners, local, "Involve people who use services and carers",
                "Ensure robust arrangements are in place to involve people who use services and carers in shaping and evaluating services based on outcomes that are important to them.",
                [], Report(LocalPartners, 15)),
            new("LOC.5", ActionAudience.LocalPartners, local, "Use the skills and expertise of staff to develop integrated systems",
                "Ensure that mechanisms are in place to enable front-line staff from all partner organisations to come together to help shape good practice in integration.",
                [], Report(LocalPartners, 15)),
            new("LOC.6", ActionAudience.LocalPartners, local, "Demonstrate progress on integration in the following areas",
                "Section five of this report provides a detailed checklist for partners to check progress on integration in the areas listed above.",
                [
                    "developing outcome-based, person-centred care in community settings",
                    "preventing poor health and tackling health inequalities",
                    "establishing a collaborative culture",
                    "skilling leaders to work across health, care and wellbeing",
                    "workforce planning and development across health and social care",
                    "accountability and governance",
                    "shaping place-based systems and new care models",
                    "establishing integrated commissioning",
                    "integrated budgets and resources",
                    "information sharing and information technology",
                ],
                Report(LocalPartners, 15)),
        ];
    }
}
