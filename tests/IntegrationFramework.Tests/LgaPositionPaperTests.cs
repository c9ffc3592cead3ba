namespace IntegrationFramework.Tests;

public sealed class LgaPositionPaperTests
{
    private static readonly LgaPositionPaper Paper = Frameworks.LgaPositionPaper;

    [Fact]
    public void The_cross_walk_maps_every_characteristic_and_driver_once_in_order()
    {
        var expected = Paper.Checklist.Items.Select(i => i.Id).Concat(Paper.Drivers.Select(d => d.Id));

        Assert.Equal(expected, Paper.CrossWalk.Select(e => e.From));
    }

    [Fact]
    public void The_cross_walk_points_at_existing_2018_domains_in_their_order()
    {
        var domains = Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Domains.Select(d => d.Code).ToList();

        Assert.All(Paper.CrossWalk, entry =>
        {
            Assert.NotEmpty(entry.ToDomains);
            Assert.All(entry.ToDomains, code => Assert.Contains(code, domains));
            Assert.Equal(entry.ToDomains.OrderBy(domains.IndexOf), entry.ToDomains);
        });
    }

    [Fact]
    public void Corresponding_domains_are_the_2018_domains_of_the_cross_walk()
    {
        var domains = Paper.CorrespondingDomains("DRV.4");

        Assert.Equal(["PCC"], domains.Select(d => d.Code));
        Assert.Same(Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Domain("PCC"), domains[0]);
    }

    [Fact]
    public void Corresponding_domains_of_an_unknown_id_say_what_to_use()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Paper.CorrespondingDomains("TRA.1"));

        Assert.Equal("The cross-walk has no entry 'TRA.1'. Use a characteristic such as IND.1 or a driver such as DRV.1.", error.Message);
    }
}
