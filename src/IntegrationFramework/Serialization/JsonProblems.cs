using System.Text.Json;
using System.Text.RegularExpressions;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Serialization;

/// <summary>Turns what System.Text.Json throws about a file into a problem a person can act on.</summary>
internal static partial class JsonProblems
{
    public static Problem From(JsonException exception)
    {
        var path = exception.Path ?? "$";
        var where = exception.LineNumber is { } line ? $" (line {line + 1}, position {(exception.BytePositionInLine ?? 0) + 1})" : string.Empty;
        var message = Suffix().Replace(exception.Message, string.Empty).Trim();
        if (message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return new(ProblemCodes.TooDeep, path, $"The file nests more than 32 levels deep{where}; no file this library reads nests that deep.");
        }

        if (message.StartsWith("Duplicate property", StringComparison.Ordinal))
        {
            var name = Quoted().Match(message) is { Success: true } m ? m.Groups[1].Value : "a property";
            return new(ProblemCodes.DuplicateProperty, path, $"'{name}' appears twice in one object{where}; give each property once.");
        }

        if (Converted().Match(message) is { Success: true } conversion)
        {
            return new(ProblemCodes.WrongType, path, $"The value has the wrong type{where}: expected {Expected(conversion.Groups[1].Value)}.");
        }

        if (message.StartsWith("expected ", StringComparison.Ordinal) || message.Contains(" is not a date", StringComparison.Ordinal))
        {
            return new(ProblemCodes.WrongType, path, $"The value has the wrong type{where}: {message}.");
        }

        if (message.Contains("isFinalBlock", StringComparison.Ordinal)
            || message.Contains("does not contain any more data", StringComparison.Ordinal)
            || message.Contains("should be closed", StringComparison.Ordinal)
            || message.Contains("reached end of data", StringComparison.Ordinal))
        {
            return new(ProblemCodes.InvalidJson, path, $"The file ends before its JSON is complete{where}: it may have been cut short when it was saved or copied; save or copy it again.");
        }

        return new(ProblemCodes.InvalidJson, path, $"The file is not valid JSON{where}: {Plain(message)}");
    }

    /// <summary>The parser's message without its advice to programmers ("Change the reader options…").</summary>
    private static string Plain(string message)
    {
        var advice = message.IndexOf(" Change the reader options", StringComparison.Ordinal);
        message = advice < 0 ? message : message[..advice].TrimEnd();

        // What the parser's settings allow is not the person's business: "… a trailing comma at the end." is enough.
        return message.Replace(" which is not supported in this mode", string.Empty, StringComparison.Ordinal);
    }

    private static string Expected(string type) => type switch
    {
        _ when type.Contains("String", StringComparison.Ordinal) => "a string",
        _ when type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("Double", StringComparison.Ordinal) => "a number",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ when type.Contains("List", StringComparison.Ordinal) => "an array",
        _ when type.Contains("LocalDate", StringComparison.Ordinal) => "a date, yyyy-MM-dd",
        _ => "an object",
    };

    [GeneratedRegex(@"\s*Path: .*$", RegexOptions.Singleline)]
    private static partial Regex Suffix();

    [GeneratedRegex(@"could not be converted to (\S+?)\.?$")]
    private static partial Regex Converted();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Quoted();
}
