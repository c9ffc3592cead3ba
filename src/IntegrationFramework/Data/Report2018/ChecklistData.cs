using IntegrationFramework.Checklists;
using IntegrationFramework.Sources;
using static IntegrationFramework.Data.Sources;

namespace IntegrationFramework.Data.Report2018;

/// <summary>
/// Section 5 of the 2018 report, the integration checklist: 3 themes, 10 domains, 86 items, in the report's
/// order and words (as settled by <c>docs/framework/checklist-2018.md</c>), each with the page it starts on.
/// </summary>
/// <remarks>
/// Section 5 prints 85 bullets. GOV.5 is a free-standing sentence after governance's four bullets (p. 38), and PBS.7
/// is printed after the last bullet of COM (p. 39), where the two-column layout put it; the outline counts each where
/// its sense places it, which gives 86. The layout leaves a doubt only there.
/// </remarks>
internal static class ChecklistData
{
    internal static Checklist Create() => new(
    [
        new Theme("SO", "Shared outcomes", [TRA(), PCC(), PRV()], Report($"{IntegrationChecklist} › Shared outcomes", 36)),
        new Theme("SL", "Shared leadership and accountability", [CUL(), LEA(), GOV(), WFD()], Report($"{IntegrationChecklist} › Shared leadership and accountability", 37)),
        new Theme("SS", "Shared systems", [PBS(), COM(), INF()], Report($"{IntegrationChecklist} › Shared systems", 39)),
    ]);

    private static Domain TRA() => Domain(
        "TRA",
        "Transformation",
        "SO",
        "Shared outcomes",
        null,
        page: 36,
        guidance: Guidance("Shared outcomes › Supporting transformation", 20),
        items:
        [
            (36, "The vision for transformation includes delivering outcome-focused, person-centred care and preventing poor health and health inequalities. There is alignment of vision and strategic plans across STPs/ICSs and local levels."),
            (36, "There are clear plans for shifting appropriate activity and resources from acute hospital and long-term residential care into an integrated community health and care model, and clear ways of measuring that this shift is taking place."),
            (36, "There is a place-based approach involving a range of partners beyond the health and care sectors, to make full use of all the assets that have an impact on health."),
            (36, "Robust arrangements are in place to involve people who use services and carers in shaping and evaluating services based on outcomes that are important to them."),
            (36, "Mechanisms are in place to enable front-line staff from all partner organisations to come together to help shape good practice in integration."),
            (36, "Dedicated transformation funding is identified to provide capacity to develop integrated care programmes and services that meet local priorities (this will be largely subject to the availability of national funding)."),
            (36, "Leaders responsible for integration have a good understanding of the main elements: community health, primary care, social care, mental health, acute care services and public health, and how they can best work together across all sectors, including the VCSE sector."),
        ]);

    private static Domain PCC() => Domain(
        "PCC",
        "Outcome-based, person-centred care in community settings",
        "SO",
        "Shared outcomes",
        "When developing outcome-based, person-centred care in community settings, the following measures are in place or under development:",
        page: 37,
        guidance: Guidance("Shared outcomes › Outcome-based, person-centred care in community settings – what ‘good’ looks like", 16),
        items:
        [
            (37, "Using 'I' statements to form the basis of outcomes, designed with people who use services and carers. These would form the basis of evaluating services based on people's experience."),
            (37, "Robust arrangements to involve people who use services and carers in shaping and evaluating services."),
            (37, "Agreement on what constitutes high-quality, person-centred care in each main area of health and care delivery, such as learning disabilities, and plans to jointly improve quality and standards in these areas."),
            (37, "Integrated person-centred safeguarding arrangements."),
            (37, "Proactively deploying new technology, including innovations such as robotics and personal digital devices for self-care. Joining provision of assistive technology, community equipment and adaptations. Wherever possible, technology should result in more cost-effective and sustainable support."),
            (37, "Shared health and care records and better information sharing, including across the VCSE and independent sectors."),
            (37, "Integrated approach to assessment and care planning across all sectors."),
            (37, "Integrated approach to encouraging self-care so people can maintain their own health and independence wherever possible."),
            (37, "Integrated approach to personalised health and care budgets and direct payments."),
            (37, "Integrated information and advice services."),
            (37, "Establishing multidisciplinary teams that are co-located and based in neighbourhoods, often around GP surgeries."),
            (37, "Developing community assets with the VCSE sector to provide low-level support in neighbourhoods."),
        ]);

    private static Domain PRV() => Domain(
        "PRV",
        "Preventing poor health and tackling health inequalities",
        "SO",
        "Shared outcomes",
        "Public health is recognised as a key element of integration (items 1–4); when developing plans to prevent poor health and reduce health inequalities, the following measures are in place or under development (items 5–15):",
        page: 37,
        guidance: Guidance("Shared outcomes › Preventing poor health and tackling health inequalities – what ‘good’ looks like", 18),
        items:
        [
            (37, "Health and care leaders understand how public health operates, including the levels of prevention and tackling the social determinants of health, and how these support transformation."),
            (37, "Public health leaders are included in planning transformation."),
            (37, "Plans for prevention, as developed through health and wellbeing strategies, align with plans for integration."),
            (37, "Public health teams collaborate at scale on priorities across an STP/ICS footprint or more widely."),
            (37, "Activity focused on geographical areas and communities at risk of health inequalities."),
            (37, "Screening programmes, including NHS Health Check, made accessible to people at risk of health inequalities."),
            (37, "Healthy pharmacy initiatives."),
            (37, "Integrated wellness services in accessible settings."),
            (37, "Integrated and accessible 0-5 and 5-19 services."),
            (37, "'Health in all policies' (HiAP) approaches in which partners from health and care and beyond, such as housing and transport, collaborate to tackle shared health priorities."),
            (37, "'Making every contact count', in which front-line staff from all partners are trained to make brief health interventions."),
            (37, "Social prescribing in primary care linked to activity funded in the VCSE sector, such as exercise classes or parenting groups."),
            (37, "Developing community assets with the VCSE sector to improve health in neighbourhoods with a joined-up approach to all community development in the local area."),
            (37, "Activity to encourage people to take personal responsibility for improving their health."),
            (37, "Employment and training initiatives for people with mental health conditions and other groups at risk of social exclusion."),
        ]);

    private static Domain CUL() => Domain(
        "CUL",
        "Collaborative culture",
        "SL",
        "Shared leadership and accountability",
        "The relationship between partners (and whether these facilitate or hinder integration) has been considered, and action taken to develop a collaborative culture. Measures include some of the following:",
        page: 37,
        guidance: Guidance("Shared leadership and accountability › Collaborative culture", 22),
        items:
        [
            (37, "Independently facilitated sessions to identify and agree shared values and behaviours."),
            (37, "Organisational development programmes such as action learning sets."),
            (37, "Bringing together staff from all partner organisations to shape new services."),
            (37, "Leaders and staff from different organisations and sectors coming together with people who use services, carers and the public, to shape a shared vision of transformation."),
            (37, "Shadowing schemes, mentoring and job swaps."),
            (37, "Opportunities for partners to meet informally."),
            (38, "Developing staff as project managers or change leaders."),
            (38, "Shared training, for instance developing person-centred care or 'making every contact count'."),
            (38, "Protocols and agreements setting out how organisations will, for example, manage risk, make decisions and manage disagreements."),
            (38, "Organisational arrangements involving co-location, open plan working and joint posts."),
        ]);

    private static Domain LEA() => Domain(
        "LEA",
        "Leadership",
        "SL",
        "Shared leadership and accountability",
        "Work has taken place to determine the skills and capacity needed for collaborative leadership across an integrated environment, and a range of training and support opportunities are in place. Some key elements of collaborative system leadership include:",
        page: 38,
        guidance: Guidance("Shared leadership and accountability › Leadership", 23),
        items:
        [
            (38, "With partners, develop a shared vision for system-wide transformation to form the guideline for partnership working."),
            (38, "Ensure that the vision and the actions that underpin it are understood and embraced across all partners, at all levels of individual organisations and by service users and the public."),
            (38, "Encourage a collaborative culture by facilitating understanding among colleagues of the roles they undertake and the pressures they face."),
            (38, "Model behaviours that reinforce collaboration."),
            (38, "Listen to the views of experts – clinicians, professionals, front-line staff, people who use services and carers – to inform decision-making."),
            (38, "Ensure that mechanisms for involving people who use services and carers are robust and influential."),
            (38, "Use the principle of subsidiarity across place-based systems so that decisions are delegated to the most local level."),
            (38, "Ensure that top-level agreements, such as how funding is allocated, are written down, worked out in detail and clearly communicated to those who will implement them."),
            (38, "Set aside space, time and resources to develop system-wide priorities and innovations wherever possible."),
        ]);

    private static Domain GOV() => Domain(
        "GOV",
        "Accountability and governance",
        "SL",
        "Shared leadership and accountability",
        "The following elements are part of any new governance arrangements:",
        page: 38,
        guidance: Guidance("Shared leadership and accountability › Accountability", 25),
        items:
        [
            (38, "Clear lines of accountability to local people."),
            (38, "Elected member involvement, providing democratic accountability in oversight and decision-making."),
            (38, "Clinical and professional expertise in oversight and decision-making."),
            (38, "The experience and voice of people who use services, carers and communities within decision-making."),
            (38, "The training and support needs of individuals and organisations involved in governance arrangements, such as health and wellbeing boards, have been addressed to make sure these are equipped to take on their role in overseeing transformation."),
        ]);

    private static Domain WFD() => Domain(
        "WFD",
        "Workforce",
        "SL",
        "Shared leadership and accountability",
        "Shared approaches to workforce planning and development include the following:",
        page: 38,
        guidance: Guidance("Shared leadership and accountability › Workforce", 26),
        items:
        [
            (38, "An integrated workforce plan to increase supply and capacity."),
            (38, "Collaboration with local colleges and universities."),
            (38, "Integrated workforce development so that the workforce is equipped to work in integrated services, such as promoting shared professional practice based on person-centred care."),
            (38, "Integrated working is included as part of all professional development."),
            (38, "Working with staff and unions to develop agreements for flexible working practices that deploy staff across systems to meet local need."),
            (38, "Working with staff and unions to identify and develop any new roles that are needed for integrated services, such as through integrated apprenticeship programmes."),
            (39, "Considering sharing systems across partners, such as recruitment and selection, induction, HR functions such as payroll, and training opportunities."),
        ]);

    private static Domain PBS() => Domain(
        "PBS",
        "Shaping place-based systems and models",
        "SS",
        "Shared systems",
        "The following principles are used when developing place-based systems:",
        page: 39,
        guidance: Guidance("Shared systems › Shaping place-based systems and new care models", 27),
        items:
        [
            (39, "Local discussion and negotiation take place before new systems and models are established."),
            (39, "Develop subsidiarity – planning, decision-making and delivery at the most appropriate level."),
            (39, "Achieving improved outcomes for people who use services is the key factor in establishing new systems."),
            (39, "Places that are well established, recognised by citizens and unlikely to change in the coming years make sense as the basis for a system."),
            (39, "Boundaries are not just focused on health and care organisations but also on the wide range of partners which contribute to health such as police, fire and rescue, housing and so on."),
            (39, "Organisations are willing to work across boundaries where this will result in improved health and care outcomes."),
            (39, "New models, systems and services are evaluated, and learning shared."),
        ]);

    private static Domain COM() => Domain(
        "COM",
        "Integrated commissioning and best use of resources",
        "SS",
        "Shared systems",
        "Integrated commissioning is in place or planned, underpinned by financial sharing arrangements. Specific developments include:",
        page: 39,
        guidance: Guidance("Shared systems › Integrated commissioning", 31),
        items:
        [
            (39, "Using the framework for integrated commissioning developed by the LGA and NHS Clinical Commissioners when developing commissioning arrangements."),
            (39, "Integrated personal commissioning through personal health budgets and integrated personal budgets is being developed."),
            (39, "System-wide financial modelling has taken place."),
            (39, "There are plans to pool or align budgets across the whole of health, care and wellbeing to underpin joint commissioning arrangements."),
            (39, "An 'open books' policy operates, particularly when considering savings or efficiencies."),
            (39, "Risk-assessment and risk-sharing arrangements are in place."),
            (39, "Metrics are used to trace shifts in expenditure, from acute and long-term care to investment in community-based care and prevention."),
            (39, "Local approaches to outcome-based, capitated funding are being considered."),
            (39, "The best use is being made of the range of resources across partners, including estates and back-office functions."),
        ]);

    private static Domain INF() => Domain(
        "INF",
        "Information sharing and information technology",
        "SS",
        "Shared systems",
        "Progress on setting up arrangements to share information across health and care has been assessed and the following developments are in place or planned:",
        page: 40,
        guidance: Guidance("Shared systems › Information sharing and information technology", 34),
        items:
        [
            (40, "A system that allows health and care professionals to see and amend individuals' records and make electronic referrals to speed the referral process."),
            (40, "A system that allows partners to analyse and aggregate data to underpin better commissioning, including demand management and risk segmentation."),
            (40, "Integrated data-sharing protocols support safe information sharing."),
            (40, "The system extends across primary care, community and mental health, social care, the acute sector and the VCSE and independent sectors where relevant."),
            (40, "Systems are being developed to allow individuals to access their records, communicate with services and manage aspects of their health and care."),
        ]);

    private static SourceReference Guidance(string section, int page) => Report($"{KeyThemes} › {section}", page);

    private static Domain Domain(
        string code,
        string name,
        string themeCode,
        string themeName,
        string? headline,
        int page,
        SourceReference guidance,
        (int Page, string Text)[] items)
    {
        var section = $"{IntegrationChecklist} › {themeName} › {name}";
        var built = new ChecklistItem[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            built[i] = new ChecklistItem(code, i + 1, items[i].Text, Report(section, items[i].Page));
        }

        return new Domain(code, name, themeCode, headline, new(built), Report(section, page), guidance);
    }
}
