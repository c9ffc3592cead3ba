using IntegrationFramework.Data;
using IntegrationFramework.Governance;

namespace IntegrationFramework.Tests.Governance;

public sealed class AccountabilityLinesTests
{
    [Fact]
    public void Every_line_is_described_once_in_order()
    {
        Assert.Equal(Enum.GetValues<AccountabilityLine>(), AccountabilityLines.All.Select(l => l.Line));
        Assert.All(Enum.GetValues<AccountabilityLine>(), line => Assert.Equal(line, AccountabilityLines.Describe(line).Line));
    }

    [Fact]
    public void Parliament_is_the_national_line_and_local_people_a_place_based_one()
    {
        Assert.False(AccountabilityLines.Describe(AccountabilityLine.Parliament).IsPlaceBased);
        Assert.True(AccountabilityLines.Describe(AccountabilityLine.LocalPeople).IsPlaceBased);
        Assert.Throws<ArgumentOutOfRangeException>(() => AccountabilityLines.Describe(0));
    }
}
