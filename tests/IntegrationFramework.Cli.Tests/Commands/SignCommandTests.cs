using System.Text.Json;
using NodaTime;

namespace IntegrationFramework.Cli.Tests.Commands;

/// <summary>
/// <c>ifw sign</c> as the chair uses it: the assessment signed off by two people, the card saying so, and every command
/// refusing the file once a rating is changed after sign-off.
/// </summary>
public sealed class SignCommandTests
{
    private const string Jane = "Jane Smith:Chief executive:Croydon Council";
    private const string Sam = "Sam Patel:Chief executive:NHS South West London ICB";
    private const string Signed = "1 November 2025 by Jane Smith (Chief executive, Croydon Council) and Sam Patel (Chief executive, NHS South West London ICB)";

    [Fact]
    public void A_signed_assessment_scores_and_its_card_says_who_signed_and_when()
    {
        using var folder = new Folder();
        var signed = Path.Combine(folder.Path, "signed.json");

        var run = Run.Ifw("sign", folder.Write("croydon.json", Folder.Croydon()), "--by", Jane, "--by", Sam, "--date", "2025-11-01", "-o", signed).Succeeded();

        Assert.Empty(run.Output);
        using var json = JsonDocument.Parse(File.ReadAllText(signed));
        var signOff = json.RootElement.GetProperty("signOff");
        Assert.Equal("2025-11-01", signOff.GetProperty("date").GetString());
        Assert.Equal(["Jane Smith", "Sam Patel"], signOff.GetProperty("signatories").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Matches("^sha256:[0-9a-f]{64}$", signOff.GetProperty("digest").GetString());
        var card = Run.Ifw("score", signed).Succeeded().Output.Split('\n');
        var digest = signOff.GetProperty("digest").GetString()!;
        Assert.Contains($"Signed off on {Signed}. The file matches the digest recorded with the sign-off ({digest[..19]}…), so nothing in it has changed since unless someone also wrote a new digest: compare it with the digest kept in the minutes. The digest does not prove who signed.", card);
    }

    [Theory]
    [InlineData("score")]
    [InlineData("validate")]
    [InlineData("agenda")]
    [InlineData("merge")]
    public void A_rating_changed_after_sign_off_is_refused_by_every_command_in_one_line(string command)
    {
        using var folder = new Folder();
        var signed = Path.Combine(folder.Path, "signed.json");
        Run.Ifw("sign", folder.Write("croydon.json", Folder.Croydon()), "--by", Jane, "--by", Sam, "--date", "2025-11-01", "-o", signed).Succeeded();

        // The ICB's TRA.1 goes from under development to in place after the partners signed.
        var text = File.ReadAllText(signed);
        var changed = folder.Write("changed.json", text.Replace("\"progress\": \"underDevelopment\"", "\"progress\": \"inPlace\"", StringComparison.Ordinal));
        Assert.NotEqual(text, File.ReadAllText(changed));

        var run = Run.Ifw(command, changed).Refused();

        Assert.Equal(
            $"{changed}: $.signOff.digest: The file was changed after sign-off on 2025-11-01 by Jane Smith (Chief executive, Croydon Council) and Sam Patel (Chief executive, NHS South West London ICB); sign it again or remove the sign-off.",
            run.ErrorLines.First(l => l.Contains("signOff", StringComparison.Ordinal)));
        Assert.Single(run.ErrorLines, l => l.StartsWith(changed, StringComparison.Ordinal));
    }

    [Fact]
    public void A_comparison_refuses_a_changed_signed_review()
    {
        using var folder = new Folder();
        var signed = Path.Combine(folder.Path, "signed.json");
        Run.Ifw("sign", folder.Write("croydon.json", Folder.Croydon(new LocalDate(2024, 10, 1))), "--by", Jane, "-o", signed).Succeeded();
        var changed = folder.Write("changed.json", File.ReadAllText(signed).Replace("390800", "390801", StringComparison.Ordinal));

        var run = Run.Ifw("compare", changed, folder.Write("later.json", Folder.Croydon())).Refused();

        // Signed "today" by the clock the tests run with: 24 November 2026, in England.
        Assert.Contains(run.ErrorLines, l => l == $"{changed}: $.signOff.digest: The file was changed after sign-off on 2026-11-24 by Jane Smith (Chief executive, Croydon Council); sign it again or remove the sign-off.");
    }

    [Fact]
    public void Signing_again_after_a_change_makes_the_file_readable_and_so_does_removing_the_sign_off()
    {
        using var folder = new Folder();
        var signed = Path.Combine(folder.Path, "signed.json");
        Run.Ifw("sign", folder.Write("croydon.json", Folder.Croydon()), "--by", Jane, "--date", "2025-11-01", "-o", signed).Succeeded();
        var text = File.ReadAllText(signed);
        var changed = folder.Write("changed.json", text.Replace("\"progress\": \"underDevelopment\"", "\"progress\": \"inPlace\"", StringComparison.Ordinal));
        var unsigned = folder.Write("unsigned.json", text[..text.IndexOf(",\n  \"signOff\"", StringComparison.Ordinal)] + "\n}\n");

        Run.Ifw("score", unsigned).Succeeded();
        Run.Ifw("score", changed).Refused();

        // Signing replaces the sign-off a file has, so a file changed since can be signed again, and says so.
        var again = Run.Ifw("sign", changed, "--by", Sam, "--date", "2025-11-02", "-o", Path.Combine(folder.Path, "again.json")).Succeeded();
        Assert.Contains($"{changed}: its earlier sign-off is replaced.", again.ErrorLines);
        Assert.Contains("Signed off on 2 November 2025 by Sam Patel", Run.Ifw("score", Path.Combine(folder.Path, "again.json")).Succeeded().Output, StringComparison.Ordinal);
        Run.Ifw("sign", unsigned, "--by", Sam, "--date", "2025-11-02", "-o", Path.Combine(folder.Path, "fresh.json")).Succeeded();
        Assert.Contains("Signed off on 2 November 2025 by Sam Patel", Run.Ifw("score", Path.Combine(folder.Path, "fresh.json")).Succeeded().Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jane Smith:Chief executive", "ifw: --by 'Jane Smith:Chief executive' is not NAME:ROLE:ORGANISATION: give the signatory's name, role and organisation, separated by colons, such as \"Jane Smith:Chief executive:Croydon Council\".")]
    [InlineData("Jane Smith::Croydon Council", "ifw: --by 'Jane Smith::Croydon Council' is not NAME:ROLE:ORGANISATION: give the signatory's name, role and organisation, separated by colons, such as \"Jane Smith:Chief executive:Croydon Council\".")]
    public void A_signatory_not_given_as_name_role_and_organisation_is_refused(string by, string message)
    {
        using var folder = new Folder();

        var run = Run.Ifw("sign", folder.Write("croydon.json", Folder.Croydon()), "--by", by, "-o", Path.Combine(folder.Path, "signed.json")).Refused();

        Assert.Equal(message, Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(Path.Combine(folder.Path, "signed.json")));
    }

    [Fact]
    public void A_sign_off_after_today_is_refused()
    {
        using var folder = new Folder();

        var run = Run.Ifw("sign", folder.Write("croydon.json", Folder.Croydon()), "--by", Jane, "--date", "2026-11-25", "-o", Path.Combine(folder.Path, "signed.json")).Refused();

        Assert.Equal("ifw: --date 2026-11-25 is after today (2026-11-24 in England): an assessment is signed off on or before the day it is signed.", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Merging_a_signed_file_writes_it_without_its_sign_off()
    {
        using var folder = new Folder();
        var signed = Path.Combine(folder.Path, "signed.json");
        Run.Ifw("sign", folder.Write("croydon.json", Folder.Croydon()), "--by", Jane, "--date", "2025-11-01", "-o", signed).Succeeded();

        var merged = Run.Ifw("merge", signed).Succeeded().Output;

        Assert.DoesNotContain("signOff", merged, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(folder.Write("plain.json", Folder.Croydon())).TrimEnd(), merged.TrimEnd());
    }

    [Fact]
    public void A_sign_off_before_the_assessment_is_refused()
    {
        using var folder = new Folder();

        var run = Run.Ifw("sign", folder.Write("croydon.json", Folder.Croydon()), "--by", Jane, "--date", "2025-09-30", "-o", Path.Combine(folder.Path, "signed.json")).Refused();

        Assert.Equal("ifw: --date 2025-09-30 is before the assessment (2025-10-01): an assessment is signed off after it is made.", Assert.Single(run.ErrorLines));
    }
}
