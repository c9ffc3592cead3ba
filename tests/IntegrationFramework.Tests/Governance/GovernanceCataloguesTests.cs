using IntegrationFramework.Data;
using IntegrationFramework.Geography;
using IntegrationFramework.Governance;

namespace IntegrationFramework.Tests.Governance;

public sealed class GovernanceCataloguesTests
{
    [Fact]
    public void Every_governance_body_kind_is_described_once_in_order()
    {
        Assert.Equal(Enum.GetValues<GovernanceBodyKind>(), GovernanceBodyKinds.All.Select(k => k.Kind));
        Assert.All(Enum.GetValues<GovernanceBodyKind>(), kind => Assert.Equal(kind, GovernanceBodyKinds.Describe(kind).Kind));
    }

    [Fact]
    public void The_health_and_wellbeing_board_is_the_statutory_place_partnership_and_STPs_are_not_statutory()
    {
        var board = GovernanceBodyKinds.Describe(GovernanceBodyKind.HealthAndWellbeingBoard);

        Assert.True(board.IsStatutory);
        Assert.Equal(Level.Place, board.Level);
        Assert.False(GovernanceBodyKinds.Describe(GovernanceBodyKind.SustainabilityAndTransformationPartnership).IsStatutory);
        Assert.Null(GovernanceBodyKinds.Describe(GovernanceBodyKind.PartnershipBoard).IsStatutory);
    }

    [Fact]
    public void Every_budget_sharing_mechanism_is_described_once_in_order()
    {
        Assert.Equal(Enum.GetValues<BudgetSharingMechanism>(), BudgetSharingMechanisms.All.Select(m => m.Mechanism));
        Assert.Equal(14, BudgetSharingMechanisms.All.Count);
        Assert.Contains("counterproductive to partnership working", BudgetSharingMechanisms.Describe(BudgetSharingMechanism.PaymentByResults).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_rejects_values_outside_the_vocabularies()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GovernanceBodyKinds.Describe(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => BudgetSharingMechanisms.Describe((BudgetSharingMechanism)15));
    }
}
