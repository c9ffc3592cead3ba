using Mono.Cecil;

namespace IntegrationFramework.Tests;

/// <summary>
/// The core's namespaces depend on each other one way only, as read from the compiled assembly: every type a type's
/// signatures, fields, attributes and method bodies name. docs/architecture.md shows the same graph; this test fails
/// when either changes without the other.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly IReadOnlyDictionary<string, SortedSet<string>> Graph = Build();

    [Fact]
    public void The_namespaces_of_the_core_form_no_cycle()
    {
        var cycle = FindCycle(Graph);

        Assert.True(cycle is null, $"The namespaces depend on each other in a cycle: {string.Join(" → ", cycle ?? [])}.");
    }

    [Fact]
    public void The_cycle_finder_finds_a_cycle_where_there_is_one()
    {
        var graph = new Dictionary<string, SortedSet<string>>
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A"],
            ["D"] = ["A"],
        };

        Assert.Equal(["A", "B", "C", "A"], FindCycle(graph));
        Assert.Null(FindCycle(new Dictionary<string, SortedSet<string>> { ["A"] = ["B"], ["B"] = [] }));
    }

    [Fact]
    public void Nothing_but_the_entry_point_and_the_file_boundary_depends_on_the_root_namespace()
    {
        var users = Graph.Where(pair => pair.Value.Contains("IntegrationFramework")).Select(pair => pair.Key);

        Assert.Equal(["IntegrationFramework.Serialization"], users);
    }

    [Fact]
    public void The_graph_in_docs_architecture_md_is_the_graph_of_the_assembly()
    {
        var file = Path.Combine(RepositoryRoot(), "docs", "architecture.md");
        var document = File.ReadAllText(file);
        var start = document.IndexOf("```mermaid", StringComparison.Ordinal);
        var end = document.IndexOf("```", start + 3, StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("IFW_REGENERATE_ARCHITECTURE") == "1")
        {
            // After a change of the graph on purpose: write it into the document, then describe the change in its prose.
            var graph = string.Concat(Mermaid(Graph).Order(StringComparer.Ordinal).Select(line => $"    {line}\n"));
            document = $"{document[..start]}```mermaid\ngraph TD\n{graph}{document[end..]}";
            File.WriteAllText(file, document);
            end = document.IndexOf("```", start + 3, StringComparison.Ordinal);
        }

        var documented = document[start..end].Split('\n').Select(l => l.Trim()).Where(l => l.Contains("-->", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal(Mermaid(Graph).Order(StringComparer.Ordinal), documented);
    }

    /// <summary>The graph's edges as Mermaid lines, namespaces named without the common prefix.</summary>
    private static IEnumerable<string> Mermaid(IReadOnlyDictionary<string, SortedSet<string>> graph)
    {
        static string Name(string ns) => ns == "IntegrationFramework" ? "root" : ns["IntegrationFramework.".Length..].Replace('.', '_');
        return graph.SelectMany(pair => pair.Value.Select(target => $"{Name(pair.Key)} --> {Name(target)}"));
    }

    private static Dictionary<string, SortedSet<string>> Build()
    {
        using var module = ModuleDefinition.ReadModule(typeof(Frameworks).Assembly.Location);
        var graph = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var type in module.GetTypes())
        {
            var from = NamespaceOf(type);
            if (from is null)
            {
                continue;
            }

            if (!graph.TryGetValue(from, out var targets))
            {
                graph[from] = targets = new SortedSet<string>(StringComparer.Ordinal);
            }

            foreach (var used in UsedBy(type).SelectMany(Expand))
            {
                if (NamespaceOf(used) is { } to && to != from)
                {
                    targets.Add(to);
                }
            }
        }

        return graph;
    }

    /// <summary>The namespace of a type of this library, nested types taking their outermost type's; null for any other.</summary>
    private static string? NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Scope.Name == "IntegrationFramework" || type.Scope is ModuleDefinition
            ? type.Namespace is { Length: > 0 } ns && ns.StartsWith("IntegrationFramework", StringComparison.Ordinal) ? ns : null
            : null;
    }

    /// <summary>A type and the types it is made of: generic arguments, array and reference element types.</summary>
    private static IEnumerable<TypeReference> Expand(TypeReference? type)
    {
        if (type is null)
        {
            yield break;
        }

        yield return type;
        if (type is GenericInstanceType generic)
        {
            foreach (var part in generic.GenericArguments.Prepend(generic.ElementType).SelectMany(Expand))
            {
                yield return part;
            }
        }
        else if (type is TypeSpecification specification)
        {
            foreach (var part in Expand(specification.ElementType))
            {
                yield return part;
            }
        }
    }

    private static IEnumerable<TypeReference> UsedBy(TypeDefinition type)
    {
        if (type.BaseType is not null)
        {
            yield return type.BaseType;
        }

        foreach (var face in type.Interfaces)
        {
            yield return face.InterfaceType;
        }

        foreach (var attribute in type.CustomAttributes)
        {
            yield return attribute.AttributeType;
        }

        foreach (var field in type.Fields)
        {
            yield return field.FieldType;
        }

        foreach (var property in type.Properties)
        {
            yield return property.PropertyType;
        }

        foreach (var method in type.Methods)
        {
            yield return method.ReturnType;
            foreach (var parameter in method.Parameters)
            {
                yield return parameter.ParameterType;
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (var variable in method.Body.Variables)
            {
                yield return variable.VariableType;
            }

            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference typeOperand:
                        yield return typeOperand;
                        break;
                    case MemberReference member:
                        yield return member.DeclaringType;
                        if (member is GenericInstanceMethod instance)
                        {
                            foreach (var argument in instance.GenericArguments)
                            {
                                yield return argument;
                            }
                        }

                        if (member is MethodReference called)
                        {
                            yield return called.ReturnType;
                            foreach (var parameter in called.Parameters)
                            {
                                yield return parameter.ParameterType;
                            }
                        }

                        break;
                }
            }
        }
    }

    /// <summary>A cycle of the graph as the path that closes it (first node repeated at the end), or null when there is none.</summary>
    private static List<string>? FindCycle(IReadOnlyDictionary<string, SortedSet<string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in graph.TryGetValue(node, out var targets) ? targets : [])
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    return [.. path.Skip(path.IndexOf(next)), next];
                }

                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(node) == 0 && Visit(node) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "IntegrationFramework.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No IntegrationFramework.sln above {AppContext.BaseDirectory}.");
    }
}
