using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Evidence;
using IntegrationFramework.Geography;
using IntegrationFramework.Vision;
using static IntegrationFramework.Data.Sources;

namespace IntegrationFramework.Data.LgaPaper;

/// <summary>
/// The LGA position paper on integration, as settled by <c>docs/framework/lga-position-paper.md</c>: the
/// characteristics of effective integration (its checklist), the drivers, the calls on the Government, its case
/// examples, and the library's cross-walk to the 2018 checklist. The paper has no page numbers.
/// </summary>
internal static class LgaData
{
    private const string ThemeCode = "CHARACTERISTICS";

    internal static Checklist CreateChecklist() => new(
    [
        new Theme(ThemeCode, "Characteristics of effective integration",
        [
            Domain("IND", "For individuals",
            [
                "Information, advice and support give people choice and control to enable them to take care of their own health and wellbeing.",
                "When people need health and/or social care, this is co-produced between individuals, their carers (where relevant), and multi-disciplinary teams of professionals and the voluntary and community sector, based on a holistic, enabling approach to support people to live full lives and maximise their independence.",
                "The most appropriate care, in the right place at the right time, to maximise health, wellbeing and independence.",
                "Confidence that services are safe, effective and accountable.",
            ]),
            Domain("COMMUNITY", "For communities",
            [
                "Preventative services supporting communities to be active, safe and making the most of their own strengths and assets.",
                "As taxpayers, the confidence that care and support is safe, effective and is the best use of resources, and based on evidence of what works.",
                "Services that are locally accountable – people are engaged in identifying local priorities for integration and in reviewing the progress and impact of integration.",
                "A preventative approach that reduces the need for specialist health and care support, and addresses health and wider inequalities.",
            ]),
            Domain("PROVIDERS", "For planners and providers of care and support",
            [
                "Collective leadership working to achieve a shared local vision for improving health and care outcomes.",
                "Joint or aligned strategies and resources to invest in care and support focused on achieving better population health outcomes and reducing health and wider inequalities.",
                "A shared evidence base to inform priorities, track progress and benchmark with other areas.",
                "Shared information systems to join up care around the individual and to prevent people falling through gaps between services.",
                "Neighbourhood- and place-based multi-disciplinary teams – including the voluntary and community sector – working together to join up care and support around the whole person, maximising their independence and confidence to look after their own health and wellbeing.",
                "A learning culture in which professionals and individuals with lived experience contribute their perspective and expertise as equal partners in order to improve care and support.",
            ]),
            Domain("BOARDS", "For health and wellbeing boards and integrated care systems",
            [
                "A clear understanding of where the place or system can add value to the planning and provision already happening at neighbourhood, place or system level to join up care and support to achieve better population health and wellbeing outcomes.",
                "A strong focus on early intervention, to give people the information, advice, care and support they need to maintain their own health and wellbeing, and to reduce demand for more intensive interventions.",
                "Clear agreement between leaders at all levels of the governance structure, working on the principle of subsidiarity, that decisions are taken at the most local appropriate level.",
                "A learning culture in which all the places within a system can learn from best practice, and work together to address unwanted variation in service quality and health and care outcomes – informed by a shared evidence base.",
            ]),
            Domain("NATIONAL", "For Government and national bodies",
            [
                "A permissive and enabling culture, and increasing devolution and delegation, which gives local health and care leaders the freedom and flexibility to develop and deliver plans and strategies that are right for their populations.",
                "An understanding that the most effective drivers of integration are collaborative leadership, an emphasis on place-based planning and delivery, and a shared culture which focuses on population outcomes, rather than NHS activity (Integrated care: Our position, The King's Fund).",
                "Expectations for outcomes set within a single outcomes framework across health, social care and public health, with place-based, person-centred and preventative care and support at its core.",
                "A light touch, sector-led improvement programme to assure that all systems and places have the right resources, skills, processes and relationships to achieve their shared ambition.",
                "A long-term and sustainable funding and financial system which incentivises investment in community-based, joined-up and preventative care and support.",
            ]),
        ],
        Lga(LgaCharacteristics)),
    ]);

    internal static readonly EquatableArray<Driver> Drivers = CreateDrivers(
    [
        ("Collaborative place-based leadership", "health and wellbeing boards as place leaders; a national assurance framework for HWBs"),
        ("Place as the primary building block of integration", "decisions as close to communities as possible; place-based partnerships co-terminous, or as closely aligned as possible, with local authority places"),
        ("Build on existing, successful local arrangements", "the Better Care Fund, Section 75 pooled budgets, health and wellbeing boards with their JSNA and joint health and wellbeing strategy; a pilot of HWB-led joint or lead commissioning"),
        ("A person-centred and co-productive approach", null),
        ("A preventative, assets-based and population-health management approach", null),
        ("Achieving best value", "efficiency savings of 7 to 10 per cent of the budget areas assessed; over £1 billion nationally"),
        ("Flexibility and freedom of local leaders", null),
    ]);

    internal static readonly EquatableArray<CallOnGovernment> CallsOnGovernment = CreateCalls(
    [
        "Refocus the aim of integration on better population health and wellbeing outcomes, rather than predominantly on the immediate pressures of acute hospitals.",
        "Emphasise that integration is characterised by a place-based, person-centred and preventative approach.",
        "Work with the LGA and NHSE to agree a broad national framework of outcomes and expectations for integration.",
        "Give local leaders the flexibility, freedom and support to set their own ambitions and priorities for integration on the basis of the unique characteristics, resources and challenges of their populations.",
        "Reinforce the primacy of place-based health and wellbeing boards and the joint teams that support them.",
        "Develop with the LGA a pilot programme for leading-edge health and wellbeing boards to extend their commissioning responsibilities, evaluate it and share the learning.",
        "Restate the original intentions of the BCF to include investment in prevention and early intervention.",
        "Maintain existing mechanisms for integration, notably Section 75 arrangements and the BCF.",
        "Develop the sector-led improvement offer so that all health and wellbeing boards are effective leaders of integration at place.",
        "Promote a culture of collaboration and shared learning in the NHS and local government that minimises top-down direction.",
        "Ensure adequate and sustainable funding for public health, adult social care and community-based health services.",
    ]);

    /// <summary>
    /// The library's editorial mapping of each characteristic and driver to the 2018 domains that cover the same ground.
    /// </summary>
    internal static readonly EquatableArray<CrossWalkEntry> CrossWalk =
    [
        new("IND.1", ["PCC"]),
        new("IND.2", ["PCC"]),
        new("IND.3", ["TRA", "PCC"]),
        new("IND.4", ["PCC", "GOV"]),
        new("COMMUNITY.1", ["PRV"]),
        new("COMMUNITY.2", ["PBS", "COM"]),
        new("COMMUNITY.3", ["TRA", "GOV"]),
        new("COMMUNITY.4", ["PRV"]),
        new("PROVIDERS.1", ["TRA", "LEA"]),
        new("PROVIDERS.2", ["PRV", "COM"]),
        new("PROVIDERS.3", ["PBS", "INF"]),
        new("PROVIDERS.4", ["INF"]),
        new("PROVIDERS.5", ["PCC", "PBS"]),
        new("PROVIDERS.6", ["TRA", "CUL"]),
        new("BOARDS.1", ["PBS"]),
        new("BOARDS.2", ["PCC", "PRV"]),
        new("BOARDS.3", ["LEA", "PBS"]),
        new("BOARDS.4", ["CUL", "PBS"]),
        new("NATIONAL.1", ["GOV", "PBS"]),
        new("NATIONAL.2", ["CUL", "LEA", "PBS"]),
        new("NATIONAL.3", ["TRA"]),
        new("NATIONAL.4", ["LEA"]),
        new("NATIONAL.5", ["TRA", "COM"]),
        new("DRV.1", ["LEA", "GOV"]),
        new("DRV.2", ["PBS"]),
        new("DRV.3", ["GOV", "COM"]),
        new("DRV.4", ["PCC"]),
        new("DRV.5", ["PRV"]),
        new("DRV.6", ["COM"]),
        new("DRV.7", ["LEA", "PBS"]),
    ];

    internal static readonly EquatableArray<CaseExample> CaseExamples =
    [
        new("wirral-care-home-triage", "Wirral care home triage", ["Wirral"], Level.Place, ["IND", "PROVIDERS"],
            "Wirral, with many care homes and many non-elective admissions of their residents, gave care home staff an iPad and basic monitoring equipment to call on the advice of a nurse practitioner or GP when a resident becomes unwell.",
            [],
            [
                new(76, FigureUnit.Count, FigureQualifier.Exact, "Care homes served by the tele-triage service", null, FigureKind.Context,
                    "They introduced a tele-triage service across 76 care homes"),
                new(300, FigureUnit.Count, FigureQualifier.Approximately, "Calls the service receives each month", null, FigureKind.Context,
                    "The service receives around 300 calls a month"),
                new(15, FigureUnit.Percent, FigureQualifier.Exact, "Residents who require hospital treatment following the consultation", null, FigureKind.Outcome,
                    "only 15 per cent of residents require hospital treatment following the consultation"),
                // The period follows the 10 per cent; whether it covers the 68 per cent too the paper does not say, so the
                // figure has no period of its own and its quote is the whole sentence, period included.
                new(68, FigureUnit.Percent, FigureQualifier.Exact, "Reduction in NHS 111 calls from Wirral care homes", null, FigureKind.Outcome,
                    "there has been a 68 per cent reduction in NHS 111 calls from Wirral care homes and a 10 per cent reduction in ambulance conveyances to A&E from care homes for 2018/19 compared to 2017/18"),
                new(10, FigureUnit.Percent, FigureQualifier.Exact, "Reduction in ambulance conveyances to A&E from care homes", "2018/19 compared to 2017/18", FigureKind.Outcome,
                    "a 10 per cent reduction in ambulance conveyances to A&E from care homes for 2018/19 compared to 2017/18"),
            ],
            Lga($"{LgaDrivers} › A person-centred and co-productive approach")),
        new("voluntary-action-rotherham-social-prescribing", "Voluntary Action Rotherham social prescribing", ["Rotherham"], Level.Place, ["COMMUNITY"],
            "Voluntary Action Rotherham allocates money to voluntary and community organisations providing social prescribing activities; analysis points to reductions in service users' demand for urgent care interventions after referral.",
            [],
            [
                new(500_000, FigureUnit.Pounds, FigureQualifier.Exact, "Funding Voluntary Action Rotherham allocates to voluntary and community organisations", null, FigureKind.Context,
                    "Voluntary Action Rotherham is funded £500,000 to allocate money to voluntary and community organisations"),
                new(500_000, FigureUnit.Pounds, FigureQualifier.MoreThan, "Estimated total NHS costs avoided", "2012-15", FigureKind.Outcome,
                    "The estimated total NHS costs avoided between 2012-15 were more than half a million pounds"),
                new(43, FigureUnit.Pence, FigureQualifier.Exact, "Initial return on investment for each pound invested", null, FigureKind.Outcome,
                    "an initial return on investment of 43 pence for each pound (£1) invested"),
            ],
            Lga($"{LgaDrivers} › A preventative, assets-based and population-health management approach")),
    ];

    private static Domain Domain(string code, string name, string[] items)
    {
        var source = Lga($"{LgaCharacteristics} › {name}");
        var built = new ChecklistItem[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            built[i] = new ChecklistItem(code, i + 1, items[i], source);
        }

        return new Domain(code, name, ThemeCode, null, new(built), source);
    }

    private static EquatableArray<Driver> CreateDrivers((string Name, string? Summary)[] drivers)
    {
        var built = new Driver[drivers.Length];
        for (var i = 0; i < drivers.Length; i++)
        {
            built[i] = new Driver($"DRV.{i + 1}", drivers[i].Name, drivers[i].Summary, Lga($"{LgaDrivers} › {drivers[i].Name}"));
        }

        return new(built);
    }

    private static EquatableArray<CallOnGovernment> CreateCalls(string[] calls)
    {
        var built = new CallOnGovernment[calls.Length];
        for (var i = 0; i < calls.Length; i++)
        {
            built[i] = new CallOnGovernment($"CALL.{i + 1}", calls[i], Lga(LgaGovernment));
        }

        return new(built);
    }
}
