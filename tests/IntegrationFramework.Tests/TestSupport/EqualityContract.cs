namespace IntegrationFramework.Tests.TestSupport;

/// <summary>
/// Checks the equality contract of a type in one place: <c>Equals(T)</c>, <c>Equals(object)</c>, the <c>==</c> and
/// <c>!=</c> operators where the type declares them, and <c>GetHashCode</c>.
/// </summary>
internal static class EqualityContract
{
    public static void AssertEqual<T>(T left, T right)
        where T : IEquatable<T>
    {
        Assert.True(left.Equals(right), $"Equals({typeof(T).Name}) should be true for {left} and {right}.");
        Assert.True(right.Equals(left), "Equals should be symmetric.");
        Assert.True(left.Equals((object?)right), "Equals(object) should agree with Equals(T).");
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        if (Operator<T>("op_Equality") is { } equality)
        {
            Assert.True((bool)equality.Invoke(null, [left, right])!, "== should agree with Equals.");
        }

        if (Operator<T>("op_Inequality") is { } inequality)
        {
            Assert.False((bool)inequality.Invoke(null, [left, right])!, "!= should agree with Equals.");
        }
    }

    public static void AssertNotEqual<T>(T left, T right)
        where T : IEquatable<T>
    {
        Assert.False(left.Equals(right), $"Equals({typeof(T).Name}) should be false for {left} and {right}.");
        Assert.False(right.Equals(left), "Equals should be symmetric.");
        Assert.False(left.Equals((object?)right), "Equals(object) should agree with Equals(T).");
        Assert.False(left.Equals(null), "Nothing equals null.");
        if (Operator<T>("op_Equality") is { } equality)
        {
            Assert.False((bool)equality.Invoke(null, [left, right])!, "== should agree with Equals.");
        }

        if (Operator<T>("op_Inequality") is { } inequality)
        {
            Assert.True((bool)inequality.Invoke(null, [left, right])!, "!= should agree with Equals.");
        }
    }

    private static System.Reflection.MethodInfo? Operator<T>(string name)
        => typeof(T).GetMethod(name, [typeof(T), typeof(T)]);
}
