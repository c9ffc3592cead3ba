using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Serialization;

/// <summary>
/// The second, diagnostic pass over a file the fast reader could not take in one go: it finds every value of the wrong
/// type, not only the first, and hands the reader a copy without them, so that one reading reports every problem of
/// the file. Valid files never come here.
/// </summary>
internal static class JsonDiagnostics
{
    /// <summary>
    /// Checks <paramref name="utf8"/> against <paramref name="shape"/>: the problems of values of the wrong type, and the
    /// file without them (null when the JSON itself is broken, and then the one problem says where).
    /// </summary>
    /// <param name="utf8">The file, as UTF-8.</param>
    /// <param name="shape">The shape of its format.</param>
    /// <param name="what">What the file should be, with an article, for the messages.</param>
    /// <param name="first">What the fast reader threw: when the JSON itself is broken, it names the path, which a parse into a document cannot.</param>
    public static (List<Problem> Problems, byte[]? Cleaned, Dictionary<string, int> Order) Check(ReadOnlySpan<byte> utf8, JsonShape shape, string what, JsonException first)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { MaxDepth = 32, AllowDuplicateProperties = false });
        }
        catch (JsonException exception)
        {
            var fast = JsonProblems.From(first);
            return ([fast.Code == ProblemCodes.WrongType ? JsonProblems.From(exception) : fast], null, []);
        }

        using (document)
        {
            var problems = new List<Problem>();
            var order = new Dictionary<string, int>(StringComparer.Ordinal) { ["$"] = 0 };
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new(ProblemCodes.WrongType, "$", $"The file holds {Describe(root)}; {what} is a JSON object."));
                return (problems, null, order);
            }

            using var cleaned = new MemoryStream();
            using (var writer = new Utf8JsonWriter(cleaned))
            {
                Write(writer, root, shape, "$", problems, order);
            }

            return (problems, cleaned.ToArray(), order);
        }
    }

    /// <summary>
    /// The diagnostic pass of a file the fast reader could not take: every value of the wrong type from
    /// <see cref="Check"/>, then the file without them read by <paramref name="read"/>, the problems of both in file
    /// order. A value only when the pass found nothing and the reader gave one.
    /// </summary>
    public static ReadResult<T> Read<TDocument, T>(ReadOnlySpan<byte> utf8, JsonShape shape, string what, JsonException first, JsonTypeInfo<TDocument> type, Func<TDocument, ReadResult<T>> read)
        where TDocument : class
        where T : class
    {
        var (found, cleaned, order) = Check(utf8, shape, what, first);
        if (cleaned is null)
        {
            return ReadResult.Failure<T>([.. found]);
        }

        TDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(cleaned, type);
        }
        catch (JsonException exception)
        {
            // A number too large for its type (a count of 1e30, say) passes the shape and fails here: one problem more.
            return ReadResult.Failure<T>([.. found, JsonProblems.From(exception)]);
        }

        // The cleaned copy is an object (Check gives none otherwise), so the document is never null.
        var result = read(document!);
        return ReadResult.Of(found.Count == 0 ? result.Value : null, [.. Merge(found, result.Problems, order)]);
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element, JsonShape shape, string path, List<Problem> problems, Dictionary<string, int> order)
    {
        switch (shape)
        {
            case JsonShape.ObjectShape obj when element.ValueKind == JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    var child = obj.Property(property.Name) ?? JsonShape.Any;
                    var childPath = $"{path}.{property.Name}";
                    order.TryAdd(childPath, order.Count);
                    if (child.Accepts(property.Value.ValueKind))
                    {
                        writer.WritePropertyName(property.Name);
                        Write(writer, property.Value, child, childPath, problems, order);
                    }
                    else
                    {
                        problems.Add(WrongType(childPath, child, property.Value));
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonShape.ArrayShape array when element.ValueKind == JsonValueKind.Array:
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    var itemPath = $"{path}[{index++}]";
                    order.TryAdd(itemPath, order.Count);
                    if (array.Element.Accepts(item.ValueKind))
                    {
                        Write(writer, item, array.Element, itemPath, problems, order);
                    }
                    else
                    {
                        problems.Add(WrongType(itemPath, array.Element, item));
                        writer.WriteNullValue();
                    }
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private static Problem WrongType(string path, JsonShape expected, JsonElement found)
        => new(ProblemCodes.WrongType, path, $"The value has the wrong type: expected {expected.Expected}; it was {Describe(found)}.");

    /// <summary>What a JSON value is, in words: "the string 'x'", "the number 3", "an array".</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Text(value) is { } text ? $"the string '{(text.Length > 40 ? string.Concat(text.AsSpan(0, 40), "…") : text)}'" : "a string that is not valid UTF-8",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "null",
    };

    /// <summary>The text of a JSON string, or null when its bytes are not valid UTF-8.</summary>
    public static string? Text(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// The reader's problems and the diagnostic pass's together, in file order: the reader's "missing" and
    /// "wrong type" at a path the pass already reported (it removed the value) are left out.
    /// </summary>
    public static List<Problem> Merge(List<Problem> found, IEnumerable<Problem> read, Dictionary<string, int> order)
    {
        var reported = new HashSet<string>(found.Select(p => p.Path), StringComparer.Ordinal);
        var merged = new List<Problem>(found);
        foreach (var problem in read)
        {
            if (!(reported.Contains(problem.Path) && problem.Code is ProblemCodes.MissingProperty or ProblemCodes.WrongType))
            {
                merged.Add(problem);
            }
        }

        var keyed = merged.Select((problem, index) => (Position: Position(problem.Path, order), Index: index, Problem: problem)).ToList();
        keyed.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Index.CompareTo(b.Index));
        return keyed.ConvertAll(k => k.Problem);
    }

    /// <summary>Where a path's value is in the file, by its walk order; a path the file lacks takes its nearest parent's.</summary>
    private static int Position(string path, Dictionary<string, int> order)
    {
        while (true)
        {
            if (order.TryGetValue(path, out var position))
            {
                return position;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return 0;
            }

            path = path[..cut];
        }
    }
}
