namespace IntegrationFramework.Fhir.Tests;

/// <summary>The FHIR bridge checks its arguments with the core's messages.</summary>
public sealed class ArgumentTests
{
    [Fact]
    public void A_missing_argument_is_refused_with_the_cores_message()
    {
        var error = Assert.Throws<ArgumentNullException>(() => QuestionnaireExport.For(null!));

        Assert.Equal("framework is required; it must not be null. (Parameter 'framework')", error.Message);
    }
}
