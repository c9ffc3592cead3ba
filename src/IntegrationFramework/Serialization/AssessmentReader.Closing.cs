using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization.Documents;

namespace IntegrationFramework.Serialization;

/// <summary>What the partners add to an assessment file after rating: their action plan and their sign-off.</summary>
internal sealed partial class AssessmentReader
{
    /// <summary>The partners' action plan: each action's item, what is to be done, its owner, its due date and its status.</summary>
    private EquatableArray<PlannedAction> Actions(List<ActionDocument?>? documents)
    {
        var actions = new List<PlannedAction>();
        for (var i = 0; i < (documents?.Count ?? 0); i++)
        {
            var path = $"$.actions[{i}]";
            if (documents![i] is not { } document)
            {
                Error(ProblemCodes.WrongType, path, "The value has the wrong type: expected an object with an item, an action, an owner, a due date and a status.");
                continue;
            }

            Unknown(document.Unknown, path);
            var item = Text(document.Item, $"{path}.item", "the checklist item the action addresses, such as GOV.3");
            var action = Text(document.Action, $"{path}.action", "what is to be done");
            var owner = Text(document.Owner, $"{path}.owner", "who owns the action: an assessor's id, or a name");
            var due = Date(document.Due, $"{path}.due", "when the action is due, yyyy-MM-dd");
            var status = Term(document.Status, $"{path}.status", Vocabularies.ActionStatus);
            if (item is not null && action is not null && owner is not null && due is not null && status is not null)
            {
                actions.Add(new PlannedAction(item, action, owner, due.Value, status.Value, string.IsNullOrWhiteSpace(document.Note) ? null : document.Note));
            }
        }

        return actions.ToEquatableArray();
    }

    /// <summary>
    /// The sign-off, when the file has one: its date, at least one signatory with a name, a role and an organisation,
    /// and a digest that matches <paramref name="actualDigest"/>, the file's own without it; a file changed after
    /// sign-off is refused, saying when and by whom it was signed.
    /// </summary>
    private SignOff? SignOff(SignOffDocument? document, string? actualDigest, NodaTime.LocalDate? assessedOn)
    {
        if (document is null)
        {
            return null;
        }

        var before = Problems.Count;
        Unknown(document.Unknown, "$.signOff");
        var date = Date(document.Date, "$.signOff.date", "the date of the sign-off, yyyy-MM-dd");
        var signatories = new List<Signatory>();
        if (document.Signatories is not { Count: > 0 } list)
        {
            Missing("$.signOff.signatories", "who signed: at least one, each with a name, a role and an organisation");
        }
        else
        {
            for (var i = 0; i < list.Count; i++)
            {
                var path = $"$.signOff.signatories[{i}]";
                if (list[i] is not { } signatory)
                {
                    Error(ProblemCodes.WrongType, path, "The value has the wrong type: expected an object with a name, a role and an organisation.");
                    continue;
                }

                Unknown(signatory.Unknown, path);
                var name = Text(signatory.Name, $"{path}.name", "the signatory's name");
                var role = Text(signatory.Role, $"{path}.role", "the signatory's role, such as Chief executive");
                var organisation = Text(signatory.Organisation, $"{path}.organisation", "the organisation the signatory signs for");
                foreach (var (value, field) in (ReadOnlySpan<(string?, string)>)[(name, "name"), (role, "role"), (organisation, "organisation")])
                {
                    if (value is not null && Signatory.HasControl(value))
                    {
                        Error(ProblemCodes.InvalidValue, $"{path}.{field}", $"The signatory's {field} holds a control character (a line break or an escape); give it as plain text.");
                    }
                }

                if (name is not null && role is not null && organisation is not null && !ErrorsSince(before))
                {
                    signatories.Add(new Signatory(name, role, organisation));
                }
            }
        }

        var digest = Text(document.Digest, "$.signOff.digest", "\"sha256:\" and the hex SHA-256 of the file's canonical JSON without its signOff");
        if (digest is not null && !Assessments.SignOff.IsDigest(digest))
        {
            Error(ProblemCodes.InvalidValue, "$.signOff.digest", $"'{digest}' is not a digest: it is \"sha256:\" and 64 lowercase hex digits, the SHA-256 of the file's canonical JSON (RFC 8785) without its signOff.");
        }

        if (date is { } on && assessedOn is { } assessed && on < assessed)
        {
            Error(ProblemCodes.InvalidValue, "$.signOff.date", $"The sign-off is dated {Dates.IsoDate.Format(on)}, before the assessment ({Dates.IsoDate.Format(assessed)}); an assessment is signed off after it is made.");
        }

        if (ErrorsSince(before))
        {
            return null;
        }

        var signOff = new SignOff(date!.Value, signatories.ToEquatableArray(), digest!);
        if (actualDigest is null)
        {
            Error(ProblemCodes.ChangedAfterSignOff, "$.signOff.digest", $"The sign-off of {signOff} cannot be checked: the file is not I-JSON (it holds a number beyond a double's range or a lone surrogate), which RFC 8785 canonicalises; correct the file, then remove the sign-off and sign it again.");
        }
        else if (actualDigest != digest)
        {
            Error(ProblemCodes.ChangedAfterSignOff, "$.signOff.digest", $"The file was changed after sign-off on {signOff}; sign it again or remove the sign-off.");
        }

        return signOff;
    }
}
