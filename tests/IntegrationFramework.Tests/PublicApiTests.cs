using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace IntegrationFramework.Tests;

/// <summary>
/// The public types are immutable: no property can be set after construction except through <c>init</c>
/// (<c>with</c> expressions), no field can be written, and no property hands out a collection that can be changed.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly Type[] PublicTypes = typeof(Frameworks).Assembly.GetExportedTypes();

    public static TheoryData<string> TypeNames() => new(PublicTypes.Select(t => t.FullName!).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Public_properties_have_no_setter_other_than_init(string typeName)
    {
        foreach (var property in Properties(typeName))
        {
            var setter = property.SetMethod;
            Assert.True(
                setter is null || !setter.IsPublic || IsInitOnly(setter),
                $"{typeName}.{property.Name} has a public setter; use init or none.");
        }
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Public_properties_expose_no_mutable_collection(string typeName)
    {
        foreach (var property in Properties(typeName))
        {
            Assert.False(IsMutableCollection(property.PropertyType), $"{typeName}.{property.Name} exposes a mutable {property.PropertyType}.");
        }
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Public_fields_are_read_only(string typeName)
    {
        var type = PublicTypes.Single(t => t.FullName == typeName);
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
        {
            Assert.True(field.IsInitOnly || field.IsLiteral || type.IsEnum, $"{typeName}.{field.Name} is a writable field.");
        }
    }

    [Fact]
    public void The_check_catches_setters_and_mutable_collections()
    {
        Assert.False(IsInitOnly(typeof(Mutable).GetProperty(nameof(Mutable.Name))!.SetMethod!));
        Assert.True(IsInitOnly(typeof(Mutable).GetProperty(nameof(Mutable.Code))!.SetMethod!));
        Assert.True(IsMutableCollection(typeof(List<string>)));
        Assert.True(IsMutableCollection(typeof(string[])));
        Assert.True(IsMutableCollection(typeof(IDictionary<string, int>)));
        Assert.False(IsMutableCollection(typeof(IReadOnlyList<string>)));
        Assert.False(IsMutableCollection(typeof(System.Collections.Immutable.ImmutableArray<string>)));
        Assert.False(IsMutableCollection(typeof(string)));
    }

    private static PropertyInfo[] Properties(string typeName)
        => PublicTypes.Single(t => t.FullName == typeName)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly);

    private static bool IsInitOnly(MethodInfo setter)
        => setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsMutableCollection(Type type)
    {
        if (type == typeof(string) || type.Namespace is "System.Collections.Immutable" or "System.Collections.Frozen" || type.IsEnum)
        {
            return false;
        }

        if (type.IsArray)
        {
            return true;
        }

        var interfaces = type.IsInterface ? type.GetInterfaces().Append(type) : type.GetInterfaces();
        return interfaces.Any(i => i == typeof(IList) || i == typeof(IDictionary)
            || (i.IsGenericType && i.GetGenericTypeDefinition() is var d && (d == typeof(ICollection<>) || d == typeof(IList<>) || d == typeof(IDictionary<,>) || d == typeof(ISet<>))));
    }

    private sealed class Mutable
    {
        public string Name { get; set; } = string.Empty;

        public string Code { get; init; } = string.Empty;
    }
}
