using IntegrationFramework.Collections;
using IntegrationFramework.Guards;

namespace IntegrationFramework.Checklists;

/// <summary>A framework was asked for by an id that the catalogue does not hold.</summary>
/// <remarks>
/// Its message is the one every part of the library gives for an unknown framework, naming the ids it knows:
/// <c>The framework 'x' is not known; use one of shifting-the-centre-of-gravity-2018, lga-position-paper.</c>
/// </remarks>
public sealed class UnknownFrameworkException : KeyNotFoundException
{
    /// <summary>Creates the exception for <paramref name="id"/>, not found in <paramref name="catalogue"/>.</summary>
    /// <param name="id">The id that was asked for.</param>
    /// <param name="catalogue">The catalogue that was searched.</param>
    public UnknownFrameworkException(string? id, FrameworkCatalogue catalogue)
        : base(Preconditions.NotNull(catalogue).Unknown(id))
    {
        Id = id;
        KnownIds = catalogue.All.Select(f => f.Id).ToEquatableArray();
    }

    /// <summary>Creates the exception with a message of its own.</summary>
    public UnknownFrameworkException()
        : base("The framework is not known.")
    {
    }

    /// <summary>Creates the exception with a message of its own.</summary>
    /// <param name="message">What went wrong.</param>
    public UnknownFrameworkException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message of its own and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public UnknownFrameworkException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The id that was asked for.</summary>
    public string? Id { get; }

    /// <summary>The ids the catalogue holds.</summary>
    public EquatableArray<string> KnownIds { get; }
}
