using System.Text.Json;

namespace IntegrationFramework.Serialization;

/// <summary>
/// The shape of a file format, as the diagnostic pass checks it: which properties are objects, arrays, strings,
/// numbers or true/false. Properties not listed, and values of kind <see cref="Any"/>, are taken as they are: the
/// reader says what is wrong with them.
/// </summary>
internal abstract class JsonShape
{
    public static readonly JsonShape Any = new ValueShape(null, "anything");
    public static readonly JsonShape Text = new ValueShape([JsonValueKind.String], "a string");
    public static readonly JsonShape Number = new ValueShape([JsonValueKind.Number], "a number");
    public static readonly JsonShape WholeNumber = new ValueShape([JsonValueKind.Number], "a whole number");
    public static readonly JsonShape Flag = new ValueShape([JsonValueKind.True, JsonValueKind.False], "true or false");

    public abstract string Expected { get; }

    public abstract bool Accepts(JsonValueKind kind);

    public static JsonShape Object(params (string Name, JsonShape Shape)[] properties) => new ObjectShape(properties);

    public static JsonShape Array(JsonShape element) => new ArrayShape(element);

    internal sealed class ValueShape(JsonValueKind[]? kinds, string expected) : JsonShape
    {
        public override string Expected => expected;

        public override bool Accepts(JsonValueKind kind) => kinds is null || kind == JsonValueKind.Null || System.Array.IndexOf(kinds, kind) >= 0;
    }

    internal sealed class ObjectShape((string Name, JsonShape Shape)[] properties) : JsonShape
    {
        public override string Expected => "an object";

        public override bool Accepts(JsonValueKind kind) => kind is JsonValueKind.Object or JsonValueKind.Null;

        public JsonShape? Property(string name)
        {
            foreach (var (known, shape) in properties)
            {
                if (known == name)
                {
                    return shape;
                }
            }

            return null;
        }
    }

    internal sealed class ArrayShape(JsonShape element) : JsonShape
    {
        public JsonShape Element => element;

        public override string Expected => "an array";

        public override bool Accepts(JsonValueKind kind) => kind is JsonValueKind.Array or JsonValueKind.Null;
    }
}
