using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Governance;

/// <summary>Checks a <see cref="GovernanceArrangement"/> description; see <see cref="GovernanceArrangement.Validate"/>.</summary>
internal sealed class ArrangementCheck
{
    private readonly List<Problem> problems = [];
    private readonly HashSet<string> partnerIds = new(StringComparer.Ordinal);

    public static EquatableArray<Problem> Run(GovernanceArrangement arrangement)
    {
        var check = new ArrangementCheck();
        check.Arrangement(arrangement);
        return check.problems.ToEquatableArray();
    }

    private void Arrangement(GovernanceArrangement arrangement)
    {
        Text(arrangement.Name, "$.name", "The arrangement needs a name.");
        Level(arrangement.Level, "$.level");
        for (var i = 0; i < arrangement.Footprints.Count; i++)
        {
            var path = $"$.footprints[{i}]";
            if (arrangement.Footprints[i] is not { } footprint || footprint.Footprint is null)
            {
                Missing(path, "Each footprint needs a footprint: a code, a name and a level.");
                continue;
            }

            for (var a = 0; a < footprint.LocalAuthorities.Count; a++)
            {
                Text(footprint.LocalAuthorities[a]?.Code, $"{path}.localAuthorities[{a}].code", "Each local authority covered needs its code.");
            }
        }

        for (var i = 0; i < arrangement.Partners.Count; i++)
        {
            Partner(arrangement.Partners[i], $"$.partners[{i}]");
        }

        var bodyIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < arrangement.Bodies.Count; i++)
        {
            Body(arrangement.Bodies[i], $"$.bodies[{i}]", bodyIds);
        }

        var placed = new Dictionary<string, (Level Level, int Index)>(StringComparer.Ordinal);
        for (var i = 0; i < arrangement.Functions.Count; i++)
        {
            Function(arrangement.Functions[i], $"$.functions[{i}]", i, placed);
        }

        var budgetIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < arrangement.Budgets.Count; i++)
        {
            Budget(arrangement.Budgets[i], $"$.budgets[{i}]", budgetIds);
        }
    }

    private void Partner(Partner? partner, string path)
    {
        if (partner is null)
        {
            Missing(path, "Each partner needs an id, a name and a kind.");
            return;
        }

        if (Text(partner.Id, $"{path}.id", "Each partner needs an id that members and budgets can name.") && !partnerIds.Add(partner.Id))
        {
            problems.Add(new(ProblemCodes.DuplicatePartner, $"{path}.id", $"The partner id '{partner.Id}' is used more than once; give each partner its own id."));
        }

        Text(partner.Name, $"{path}.name", "Each partner needs a name.");
        Defined(partner.Kind, $"{path}.kind", "kind of partner");
    }

    private void Body(GovernanceBody? body, string path, HashSet<string> ids)
    {
        if (body is null)
        {
            Missing(path, "Each governance body needs an id, a name, a kind, a level and members.");
            return;
        }

        if (Text(body.Id, $"{path}.id", "Each governance body needs an id.") && !ids.Add(body.Id))
        {
            problems.Add(new(ProblemCodes.DuplicateBody, $"{path}.id", $"The body id '{body.Id}' is used more than once; give each body its own id."));
        }

        Text(body.Name, $"{path}.name", "Each governance body needs a name.");
        Defined(body.Kind, $"{path}.kind", "kind of governance body");
        Level(body.Level, $"{path}.level");
        if (body.Members.IsEmpty)
        {
            problems.Add(new(ProblemCodes.BodyWithoutMembers, $"{path}.members", $"The body '{body.Name}' has no members; list who sits on it, each with a role."));
        }

        for (var m = 0; m < body.Members.Count; m++)
        {
            var member = body.Members[m];
            var memberPath = $"{path}.members[{m}]";
            if (member is null)
            {
                Missing(memberPath, "Each member needs a name and a role.");
                continue;
            }

            Text(member.Name, $"{memberPath}.name", "Each member needs a name or a post.");
            Defined(member.Role, $"{memberPath}.role", "member role");
            KnownPartner(member.PartnerId, $"{memberPath}.partner");
        }

        for (var a = 0; a < body.AccountableTo.Count; a++)
        {
            Defined(body.AccountableTo[a], $"{path}.accountableTo[{a}]", "line of accountability");
        }
    }

    private void Function(FunctionPlacement? placement, string path, int index, Dictionary<string, (Level Level, int Index)> placed)
    {
        if (placement is null)
        {
            Missing(path, "Each function placement needs a function and a level.");
            return;
        }

        if (placement.Function is null)
        {
            Missing($"{path}.function", "Each function placement needs one of the functions the 2018 report places at a level.");
            return;
        }

        if (!Level(placement.Level, $"{path}.level"))
        {
            return;
        }

        var id = placement.Function.Id;
        if (placed.TryGetValue(id, out var first))
        {
            problems.Add(first.Level == placement.Level
                ? new(ProblemCodes.DuplicateFunction, path, $"The function '{id}' is placed at {Name(placement.Level)} level twice; place it once (the first is $.functions[{first.Index}]).")
                : new(ProblemCodes.FunctionAtTwoLevels, path, $"The function '{id}' is placed at {Name(first.Level)} level ($.functions[{first.Index}]) and at {Name(placement.Level)} level; the rules place each function at one level, so choose where it is carried out."));
        }
        else
        {
            placed[id] = (placement.Level, index);
        }
    }

    private void Budget(BudgetArrangement? budget, string path, HashSet<string> ids)
    {
        if (budget is null)
        {
            Missing(path, "Each budget needs an id, a name, a mechanism and its partners.");
            return;
        }

        if (Text(budget.Id, $"{path}.id", "Each budget needs an id.") && !ids.Add(budget.Id))
        {
            problems.Add(new(ProblemCodes.DuplicateBudget, $"{path}.id", $"The budget id '{budget.Id}' is used more than once; give each budget its own id."));
        }

        Text(budget.Name, $"{path}.name", "Each budget needs a name.");
        Defined(budget.Mechanism, $"{path}.mechanism", "budget-sharing mechanism");
        if (budget.Amount < 0)
        {
            problems.Add(new(ProblemCodes.NegativeAmount, $"{path}.amount", $"The amount of '{budget.Name}' is £{budget.Amount:#,##0.##}; an amount is zero or more pounds."));
        }

        for (var p = 0; p < budget.PartnerIds.Count; p++)
        {
            KnownPartner(budget.PartnerIds[p], $"{path}.partners[{p}]");
        }
    }

    private void KnownPartner(string? id, string path)
    {
        if (id is not null && !partnerIds.Contains(id))
        {
            problems.Add(new(
                ProblemCodes.UnknownPartner,
                path,
                partnerIds.Count == 0
                    ? $"The partner '{id}' is not listed; the arrangement lists no partners, so add it to $.partners."
                    : $"The partner '{id}' is not listed; the partners are {string.Join(", ", partnerIds)}."));
        }
    }

    private bool Text(string? value, string path, string message)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        Missing(path, message);
        return false;
    }

    private void Missing(string path, string message) => problems.Add(new(ProblemCodes.MissingValue, path, message));

    private bool Level(Level level, string path)
    {
        if (Enum.IsDefined(level))
        {
            return true;
        }

        problems.Add(new(ProblemCodes.UnknownLevel, path, $"The level must be system, place or neighbourhood; it was {(int)level}."));
        return false;
    }

    private void Defined<TEnum>(TEnum value, string path, string what)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            problems.Add(new(ProblemCodes.UnknownValue, path, $"The {what} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}; it was {Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)}."));
        }
    }

    private static string Name(Level level) => level.ToString().ToLowerInvariant();
}
