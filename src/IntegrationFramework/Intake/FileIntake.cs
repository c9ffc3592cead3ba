using IntegrationFramework.Assessments;
using IntegrationFramework.Collecting;
using IntegrationFramework.Collections;
using IntegrationFramework.Guards;
using IntegrationFramework.Peers;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Intake;

/// <summary>
/// The one way in: reads any file of partners' ratings — whatever its format, told from its content — into an
/// assessment, merges the partners' files of one assessment, and reads "a score card or an assessment" for the
/// commands that compare, roll up and rank. Built from the formats and the <see cref="ReadOptions"/> an application
/// gives; immutable, and safe to share between threads.
/// </summary>
/// <remarks>
/// <para>
/// The core knows the assessment file and the ratings table (<see cref="CoreFormats"/>); the workbook and FHIR packages
/// each provide their format (<c>WorkbookFormat</c>, <c>FhirResponseFormat</c>), which an application adds. A file of a
/// kind no format reads is one problem that says what it is and what is read.
/// </para>
/// <para>
/// Every problem comes back at its place (<see cref="ProblemLocation"/>) in the file it is in, named as the
/// <see cref="InputFile"/> names it; nothing throws for what a file holds.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var intake = new FileIntake([.. FileIntake.CoreFormats, new WorkbookFormat(), new FhirResponseFormat()], options);
/// ReadResult&lt;MergedAssessment&gt; merged = intake.ReadMerged(files.Select(f => new InputFile(f, File.ReadAllBytes(f))));
/// </code>
/// </example>
public sealed partial class FileIntake
{
    private readonly Dictionary<FileKind, IFileFormat> byKind = [];

    /// <summary>Creates an intake that reads files of <paramref name="formats"/>.</summary>
    /// <param name="formats">The formats, one for each kind of file; at least one.</param>
    /// <param name="options">The limits and checks every file is read with; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="formats"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">There is no format, or two read one kind of file.</exception>
    public FileIntake(IEnumerable<IFileFormat> formats, ReadOptions? options = null)
    {
        Formats = Preconditions.NoNulls(Preconditions.NotNull(formats).ToEquatableArray());
        if (Formats.IsEmpty)
        {
            throw new ArgumentException("An intake reads at least one format, such as FileIntake.CoreFormats.", nameof(formats));
        }

        foreach (var format in Formats)
        {
            if (!byKind.TryAdd(format.Kind, format))
            {
                throw new ArgumentException($"Two formats read {FileKinds.Describe(format.Kind)}: {byKind[format.Kind].Name} and {format.Name}; give one.", nameof(formats));
            }
        }

        Options = options ?? ReadOptions.Default;
        Extensions = Formats.SelectMany(f => f.Extensions).Select(e => e.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>The formats of the core package: the assessment file (JSON) and the ratings table (CSV).</summary>
    public static EquatableArray<IFileFormat> CoreFormats { get; } = [AssessmentJsonFormat.Instance, RatingsCsvFormat.Instance];

    /// <summary>An intake of the <see cref="CoreFormats"/> with the default options.</summary>
    public static FileIntake Default { get; } = new(CoreFormats);

    /// <summary>The formats it reads, in the order given.</summary>
    public EquatableArray<IFileFormat> Formats { get; }

    /// <summary>The limits and checks every file is read with.</summary>
    public ReadOptions Options { get; }

    /// <summary>The extensions of the files its formats read (<c>.json</c>, <c>.csv</c>, …): which files of a folder are partners' files.</summary>
    public EquatableArray<string> Extensions { get; }

    /// <summary>This intake with <paramref name="format"/> too, in place of any format of its kind.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The new intake.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="format"/> is null.</exception>
    public FileIntake With(IFileFormat format)
    {
        Preconditions.NotNull(format);
        return new([.. Formats.Where(f => f.Kind != format.Kind), format], Options);
    }

    /// <summary>This intake reading with <paramref name="options"/>.</summary>
    /// <param name="options">The limits and checks.</param>
    /// <returns>The new intake.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public FileIntake With(ReadOptions options) => new(Formats, Preconditions.NotNull(options));

    /// <summary>Reads one file of any kind its formats read into an assessment.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The assessment, or the problems that prevent it, each in the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    public ReadResult<Assessment> Read(InputFile file)
    {
        Preconditions.NotNull(file);
        return InFile(ReadAssessment(file.Bytes.Span, FileKinds.Detect(file.Bytes.Span)), file.Name);
    }

    /// <summary>Reads a file from a stream, reading no more than <see cref="ReadOptions.MaxBytes"/>.</summary>
    /// <param name="name">The file's name as people know it.</param>
    /// <param name="stream">The stream; it is read to its end but not closed.</param>
    /// <returns>The assessment, or the problems that prevent it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public ReadResult<Assessment> Read(string name, Stream stream)
    {
        Preconditions.NotBlank(name);
        var bytes = InputBytes.ReadLimited(Preconditions.NotNull(stream), Options.MaxBytes);
        return bytes is null ? ReadResult.Failure<Assessment>([Options.TooLarge(null).InFile(name)]) : Read(new InputFile(name, bytes));
    }

    /// <summary>
    /// Reads the partners' files of one assessment — any mix of the kinds its formats read — and merges them into one,
    /// with what each assessor returned (<see cref="AssessmentMerge"/>). Every file is read, so that every problem of
    /// every file is reported at once.
    /// </summary>
    /// <param name="files">The files, in the order given; at least one.</param>
    /// <returns>The merged assessment and the returns, or the problems that prevent it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> is null or holds null.</exception>
    public ReadResult<MergedAssessment> ReadMerged(IEnumerable<InputFile> files)
    {
        var list = Preconditions.NotNull(files).ToList();
        var problems = new List<Problem>();
        var read = new List<PartnerFile>(list.Count);
        var plans = new List<(InputFile File, IActionPlanFormat? Format)>();
        foreach (var file in list)
        {
            // A filled action plan is no partner's ratings: its actions join the merged assessment below.
            var bytes = Preconditions.NotNull(file).Bytes.Span;
            if (ActionPlan.IsPlan(bytes))
            {
                plans.Add((file, null));
                continue;
            }

            if (byKind.Values.OfType<IActionPlanFormat>().FirstOrDefault(f => f.IsPlan(file.Bytes.Span)) is { } planFormat)
            {
                plans.Add((file, planFormat));
                continue;
            }

            var result = Read(file);
            problems.AddRange(result.Problems);
            if (result.Value is { } assessment)
            {
                read.Add(new PartnerFile(file.Name, assessment));
            }
        }

        if (ReadResult.HasError([.. problems]))
        {
            return ReadResult.Failure<MergedAssessment>([.. problems]);
        }

        if (read.Count == 0 && plans.Count > 0)
        {
            return ReadResult.Failure<MergedAssessment>([new Problem(ProblemCodes.MissingProperty, ProblemLocation.Whole, "An action plan joins an assessment: give it with the partners' files (or the assessment file) it belongs to.").InFile(plans[0].File.Name)]);
        }

        var merged = AssessmentMerge.Merge(read);
        problems.AddRange(merged.Problems);
        if (merged.Value is not { } value)
        {
            return ReadResult.Failure<MergedAssessment>([.. problems]);
        }

        var actions = new List<PlannedAction>(value.Actions);
        foreach (var (plan, format) in plans)
        {
            var planned = format is null ? ActionPlan.ReadFile(plan.Bytes.Span, value.Framework) : format.ReadPlan(plan.Bytes.Span, value.Framework);
            problems.AddRange(planned.Problems.Select(p => p.InFile(plan.Name)));
            actions.AddRange(planned.Value ?? []);
        }

        if (ReadResult.HasError([.. problems]))
        {
            return ReadResult.Failure<MergedAssessment>([.. problems]);
        }

        var withPlan = plans.Count == 0 ? value : new Assessment(value.Framework, value.Footprint, value.AssessedOn, value.Assessors, value.Ratings, value.ExcludedDomains, value.AgreedRatings, actions.ToEquatableArray());
        return ReadResult.Success(new MergedAssessment(withPlan, AssessorReturn.Of(withPlan, read), [.. read.Select(f => f.Name), .. plans.Select(p => p.File.Name)]), [.. problems]);
    }

    /// <summary>
    /// Reads a score card (JSON, as scoring writes it) as it is, or any file of an assessment scored under
    /// <paramref name="policy"/> with its bands (<see cref="Scorer.ScoreWithBands"/>): what comparing, rolling up and
    /// ranking take.
    /// </summary>
    /// <param name="file">The file.</param>
    /// <param name="policy">The policy an assessment is scored under, and a score card must have been scored under.</param>
    /// <returns>The card (with the assessment, when the file held one), or the problems that prevent it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReadResult<CardFile> ReadCard(InputFile file, ScoringPolicy policy)
    {
        Preconditions.NotNull(file);
        Preconditions.NotNull(policy);
        if (FileKinds.Detect(file.Bytes.Span) != FileKind.ScoreCard)
        {
            var assessment = Read(file);
            return assessment.Value is { } value
                ? ReadResult.Success(new CardFile(Scorer.ScoreWithBands(value, policy), value), assessment.Problems)
                : ReadResult.Failure<CardFile>(assessment.Problems);
        }

        var read = ScoreCardJson.Read(file.Bytes.Span, Options);
        if (read.Value is { } card && card.PolicyId != policy.Id)
        {
            return InFile(ReadResult.Failure<CardFile>([.. read.Problems, new Problem(ProblemCodes.PolicyMismatch, "$.policy", $"The card was scored under '{card.PolicyId}', not '{policy.Id}'; score the assessment again under '{policy.Id}', or read the card under '{card.PolicyId}'.")]), file.Name);
        }

        return InFile(read.Value is { } scored ? ReadResult.Success(new CardFile(scored, null), read.Problems) : ReadResult.Failure<CardFile>(read.Problems), file.Name);
    }

    /// <summary>
    /// Reads peers to compare a footprint with: the cards of a table of domain scores (CSV, as <see cref="DomainScoresCsv"/>
    /// writes it), or the one card of a score card or of an assessment scored under <paramref name="policy"/>.
    /// </summary>
    /// <param name="file">The file.</param>
    /// <param name="policy">The policy an assessment is scored under, and a score card must have been scored under.</param>
    /// <returns>The peers' cards, in the file's order, or the problems that prevent them.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReadResult<IReadOnlyList<PeerCard>> ReadPeers(InputFile file, ScoringPolicy policy)
    {
        Preconditions.NotNull(file);
        Preconditions.NotNull(policy);
        if (FileKinds.Detect(file.Bytes.Span) == FileKind.DomainScoresCsv)
        {
            return InFile(PeersTable.Read(file.Bytes.Span, Options), file.Name);
        }

        var card = ReadCard(file, policy);
        return card.Value is { } read
            ? ReadResult.Success<IReadOnlyList<PeerCard>>([PeerCard.Of(read.Card)], card.Problems)
            : ReadResult.Failure<IReadOnlyList<PeerCard>>(card.Problems);
    }

    private ReadResult<Assessment> ReadAssessment(ReadOnlySpan<byte> bytes, FileKind kind)
    {
        if (byKind.TryGetValue(kind, out var format))
        {
            return format.Read(bytes, Options);
        }

        // What no format reads: the assessment file's reader says what the file is (a score card, empty, binary, not
        // UTF-8) in the words a person saving it can act on; a kind another package reads is named with what is read.
        return kind is not (FileKind.Workbook or FileKind.FhirResource or FileKind.RatingsCsv or FileKind.Assessment) && byKind.TryGetValue(FileKind.Assessment, out var json)
            ? json.Read(bytes, Options)
            : ReadResult.Failure<Assessment>([new Problem(
                ProblemCodes.WrongKindOfFile,
                ProblemLocation.Whole,
                $"The file is {FileKinds.Describe(kind)}, which this reader is not set up to read; it reads {string.Join(", ", Formats.Select(f => f.Name))}.")]);
    }

    private static ReadResult<T> InFile<T>(ReadResult<T> result, string name)
        where T : class
    {
        if (result.Problems.IsEmpty)
        {
            return result;
        }

        EquatableArray<Problem> problems = [.. result.Problems.Select(p => p.Location.File is null ? p.InFile(name) : p)];
        return result.Value is { } value ? ReadResult.Success(value, problems) : ReadResult.Failure<T>(problems);
    }
}
