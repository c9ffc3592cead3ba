using IntegrationFramework.Governance;
using IntegrationFramework.Governance.Rules;

namespace IntegrationFramework.Tests.Governance.Rules;

public sealed class AccountabilityElementRuleTests
{
    private static GovernanceArrangement WithBoard(GovernanceBody board) => Arrangements.Good.With(bodies: [board]);

    [Fact]
    public void ACC_1_fires_when_no_body_is_accountable_to_local_people()
    {
        var finding = Assert.Single(Arrangements.Findings(WithBoard(Arrangements.Board with { AccountableTo = [AccountabilityLine.PartnerOrganisations] })));

        Assert.Equal("ACC-1", finding.RuleId);
        Assert.Equal(FindingSeverity.Concern, finding.Severity);
        Assert.Equal("No body is accountable to local people. The report says arrangements for accountability should include \"clear lines of accountability to local people\".", finding.Message);
        Assert.Equal("$.bodies", finding.Path);
        Assert.Equal(Frameworks.ShiftingTheCentreOfGravity2018.AccountabilityElements[0].Source, finding.Source);
    }

    [Fact]
    public void ACC_2_fires_without_clinicians_or_other_professionals_and_is_quiet_with_either()
    {
        var withoutClinician = Arrangements.Board with { Members = [Arrangements.Councillor, Arrangements.Carer] };
        var withProfessional = withoutClinician with { Members = [.. withoutClinician.Members, new Member("Director of public health", MemberRole.OtherProfessional)] };

        Assert.Equal(["ACC-2"], Arrangements.Findings(WithBoard(withoutClinician)).Select(f => f.RuleId));
        Assert.Empty(Arrangements.Findings(WithBoard(withProfessional)));
    }

    [Fact]
    public void ACC_3_fires_without_an_elected_member()
        => Assert.Equal(
            ["ACC-3"],
            Arrangements.Findings(WithBoard(Arrangements.Board with { Members = [Arrangements.GeneralPractitioner, Arrangements.Carer] })).Select(f => f.RuleId));

    [Fact]
    public void ACC_4_fires_when_every_line_runs_nationally_or_within_organisations()
    {
        var national = Arrangements.Board with { AccountableTo = [AccountabilityLine.Parliament, AccountabilityLine.TrustBoard] };
        var viaBoard = Arrangements.Board with { AccountableTo = [AccountabilityLine.HealthAndWellbeingBoard] };

        var findings = Arrangements.Findings(WithBoard(national));

        Assert.Equal(["ACC-1", "ACC-4"], findings.Select(f => f.RuleId));
        Assert.Equal(FindingSeverity.Advisory, findings[1].Severity);
        Assert.Equal(["ACC-1"], Arrangements.Findings(WithBoard(viaBoard)).Select(f => f.RuleId));
    }

    [Theory]
    [InlineData(MemberRole.PersonWhoUsesServices)]
    [InlineData(MemberRole.Carer)]
    [InlineData(MemberRole.CommunityOrVcseRepresentative)]
    public void ACC_5_is_quiet_when_people_who_use_services_carers_or_communities_sit_on_a_body(MemberRole role)
    {
        var withoutVoice = Arrangements.Board with { Members = [Arrangements.Councillor, Arrangements.GeneralPractitioner] };

        Assert.Equal(["ACC-5"], Arrangements.Findings(WithBoard(withoutVoice)).Select(f => f.RuleId));
        Assert.Empty(Arrangements.Findings(WithBoard(withoutVoice with { Members = [.. withoutVoice.Members, new Member("Voice", role)] })));
    }

    [Fact]
    public void An_element_is_met_when_any_body_has_it()
    {
        var second = Arrangements.Board with { Id = "jcb", Kind = GovernanceBodyKind.JointCommissioningBoard, Members = [new Member("Officer", MemberRole.Officer)], AccountableTo = [] };

        Assert.Empty(Arrangements.Findings(Arrangements.Good.With(bodies: [Arrangements.Board, second])));
        Assert.IsType<AccountabilityElementRule>(Frameworks.ShiftingTheCentreOfGravity2018.GovernanceRules[0]);
    }
}
