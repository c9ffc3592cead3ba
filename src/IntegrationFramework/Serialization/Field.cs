using IntegrationFramework.Problems;

namespace IntegrationFramework.Serialization;

/// <summary>
/// A value a file gives for one field, where it gives it, and the field's name as the format calls it: what
/// <see cref="FieldReader"/> reads.
/// </summary>
/// <param name="Value">The text as given; <see langword="null"/> when the file gives none (an empty cell, a property left out).</param>
/// <param name="Location">Where the file gives it, such as <c>$.footprint.code</c>, <c>Cover!B4</c> or <c>line 2, footprint_code</c>.</param>
/// <param name="Name">The field's name as the format calls it, such as <c>code</c>, <c>Footprint code</c> or <c>footprint_code</c>.</param>
public readonly record struct Field(string? Value, ProblemLocation Location, string Name);
