using System.Reflection;
using IntegrationFramework.Governance;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Tests.Scoring;

/// <summary>Results that outside code cannot forge: no public constructor, nothing settable, so every one was made by the library.</summary>
public sealed class ResultsTests
{
    public static TheoryData<Type> Results => [typeof(ScoreCard), typeof(ReviewComparison), typeof(Rollup), typeof(GapAnalysis), typeof(ReadResult<>), typeof(GovernanceReview),
        typeof(ItemScore), typeof(DomainScore), typeof(ThemeScore), typeof(OverallScore), typeof(ScoreChange), typeof(WeakestChild), typeof(ItemGap)];

    [Theory]
    [MemberData(nameof(Results))]
    public void A_result_has_no_public_constructor_and_nothing_to_set(Type type)
    {
        Assert.DoesNotContain(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance), c => !IsCopyConstructor(c, type));
        Assert.All(type.GetProperties(BindingFlags.Public | BindingFlags.Instance), p => Assert.True(p.SetMethod is null || !p.SetMethod.IsPublic, $"{type.Name}.{p.Name} can be set."));
    }

    [Fact]
    public void A_read_result_is_a_success_or_a_failure_and_never_in_between()
    {
        var error = new Problem(ProblemCodes.InvalidValue, "$", "Wrong.");
        var warning = new Problem(ProblemCodes.UnknownProperty, "$.x", "Ignored.", ProblemSeverity.Warning);

        var success = ReadResult.Success("value", [warning]);
        var failure = ReadResult.Failure<string>([warning, error]);

        Assert.True(success.Succeeded);
        Assert.Equal([warning], success.Warnings);
        Assert.False(failure.Succeeded);
        Assert.Equal([error], failure.Errors);
        Assert.Equal(
            "A result with a value holds warnings only; an error means the value could not be read, so give it as a failure. (Parameter 'warnings')",
            Assert.Throws<ArgumentException>(() => ReadResult.Success("value", [error])).Message);
        Assert.Equal(
            "A failure needs at least one error among its problems; with warnings only, the value could be read. (Parameter 'problems')",
            Assert.Throws<ArgumentException>(() => ReadResult.Failure<string>([warning])).Message);
        Assert.Null(success.After([error]).Value);
        Assert.Equal([error, warning], success.After([error]).Problems);
        Assert.Equal("value", success.After([warning]).Value);
    }

    [Fact]
    public void A_governance_arrangement_is_checked_when_it_is_made_and_again_when_a_copy_changes_it()
    {
        var good = Governance.Arrangements.Good;
        var bad = good.With(bodies: [Governance.Arrangements.Board with { Members = [] }]);

        Assert.Empty(good.Validate());
        Assert.Equal(["$.bodies[0].members"], bad.Validate().Select(p => p.Path));
        Assert.Empty(bad.With(bodies: good.Bodies).Validate());
        Assert.Equal(good, bad.With(bodies: good.Bodies));
    }

    // A record's compiler-made copy constructor is protected, or private when sealed; none is public.
    private static bool IsCopyConstructor(ConstructorInfo constructor, Type type)
        => constructor.GetParameters() is [var only] && only.ParameterType == type;
}
