using System.Diagnostics;
using System.Text.Json;

namespace IntegrationFramework.Workbooks.Tests.TestSupport;

/// <summary>
/// Runs the real spreadsheet programs the tests prove workbooks with: LibreOffice Calc, alone or driven through
/// python3-uno, and Debian's python3 with openpyxl. A missing one fails the test with the command that installs it; it
/// never passes silently.
/// </summary>
internal static partial class Programs
{
    private const string Install = "sudo apt-get install -y libreoffice-calc-nogui python3-uno python3-openpyxl";

    /// <summary>
    /// Calc's setting that recalculates every formula of an .xlsx file it opens; by default it keeps the values the
    /// file cached, so a test of what the formulas give needs it.
    /// </summary>
    private const string RecalculateOnLoad = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        </oor:items>
        """;

    /// <summary>
    /// Opens a workbook in LibreOffice Calc and saves it again as .xlsx, with a profile folder of its own; with
    /// <paramref name="recalculate"/>, Calc recalculates every formula on opening instead of keeping the cached values.
    /// </summary>
    public static byte[] ResaveInCalc(byte[] workbook, bool recalculate = false)
    {
        var soffice = Soffice();
        var folder = Directory.CreateTempSubdirectory("ifw-calc-");
        try
        {
            var input = Path.Combine(folder.FullName, "in", "partner.xlsx");
            Directory.CreateDirectory(Path.GetDirectoryName(input)!);
            File.WriteAllBytes(input, workbook);
            var profile = Path.Combine(folder.FullName, "profile");
            if (recalculate)
            {
                Directory.CreateDirectory(Path.Combine(profile, "user"));
                File.WriteAllText(Path.Combine(profile, "user", "registrymodifications.xcu"), RecalculateOnLoad);
            }

            var output = Path.Combine(folder.FullName, "out");
            Run(soffice, ["-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", output, input], TimeSpan.FromMinutes(3));
            var saved = Path.Combine(output, "partner.xlsx");
            return File.Exists(saved) ? File.ReadAllBytes(saved) : throw new InvalidOperationException($"LibreOffice Calc wrote no {saved}.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Runs a Python script with Debian's python3 (which has openpyxl), the workbook's path as its argument.</summary>
    public static byte[] FillWithOpenpyxl(byte[] workbook, string script)
    {
        var python = Find("python3", "/usr/bin/python3");
        var folder = Directory.CreateTempSubdirectory("ifw-openpyxl-");
        try
        {
            var path = Path.Combine(folder.FullName, "partner.xlsx");
            var code = Path.Combine(folder.FullName, "fill.py");
            File.WriteAllBytes(path, workbook);
            File.WriteAllText(code, script);
            Run(python, [code, path], TimeSpan.FromMinutes(1));
            return File.ReadAllBytes(path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Soffice() => Find("soffice", "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice");

    /// <summary>
    /// Opens each workbook in LibreOffice Calc, types into it through Calc's own API as a person would (the columns
    /// found by their headings, the row by its item id; text with setString, a number with setValue), and saves it
    /// twice: as Calc's own OpenDocument spreadsheet (.ods, filter calc8) and as .xlsx. One Calc serves all, started
    /// headless on a free local port with a profile folder of its own, and stopped at the end.
    /// </summary>
    public static (byte[] Ods, byte[] Xlsx)[] TypeInCalcAndSave(params (byte[] Workbook, Typed[] Typed)[] books)
    {
        var python = Find("python3", "/usr/bin/python3");
        var soffice = Find("soffice", "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice");
        var folder = Directory.CreateTempSubdirectory("ifw-uno-");
        try
        {
            var script = Path.Combine(folder.FullName, "type.py");
            File.WriteAllText(script, CalcScript);
            var jobs = Path.Combine(folder.FullName, "jobs.json");
            using (var stream = File.Create(jobs))
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartArray();
                for (var i = 0; i < books.Length; i++)
                {
                    var source = Path.Combine(folder.FullName, $"book{i}.xlsx");
                    File.WriteAllBytes(source, books[i].Workbook);
                    json.WriteStartObject();
                    json.WriteString("source", source);
                    json.WriteString("ods", Path.Combine(folder.FullName, $"saved{i}.ods"));
                    json.WriteString("xlsx", Path.Combine(folder.FullName, $"saved{i}.xlsx"));
                    json.WriteStartArray("typed");
                    foreach (var typed in books[i].Typed)
                    {
                        typed.Write(json);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            Run(python, [script, jobs, Path.Combine(folder.FullName, "profile"), soffice], TimeSpan.FromMinutes(3));
            return [.. Enumerable.Range(0, books.Length).Select(i => (File.ReadAllBytes(Path.Combine(folder.FullName, $"saved{i}.ods")), File.ReadAllBytes(Path.Combine(folder.FullName, $"saved{i}.xlsx"))))];
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Opens a workbook in LibreOffice Calc and saves it as an OpenDocument spreadsheet (.ods), from the command line.</summary>
    public static byte[] SaveAsOdsInCalc(byte[] workbook)
    {
        var soffice = Find("soffice", "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice");
        var folder = Directory.CreateTempSubdirectory("ifw-calc-");
        try
        {
            var input = Path.Combine(folder.FullName, "in", "partner.xlsx");
            Directory.CreateDirectory(Path.GetDirectoryName(input)!);
            File.WriteAllBytes(input, workbook);
            var output = Path.Combine(folder.FullName, "out");
            Run(soffice, ["-env:UserInstallation=file://" + Path.Combine(folder.FullName, "profile"), "--headless", "--norestore", "--convert-to", "ods:calc8", "--outdir", output, input], TimeSpan.FromMinutes(3));
            var saved = Path.Combine(output, "partner.ods");
            return File.Exists(saved) ? File.ReadAllBytes(saved) : throw new InvalidOperationException($"LibreOffice Calc wrote no {saved}.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>What a person types into one item's row: a level as text or a number, a target, evidence (null: left as it is).</summary>
    internal sealed record Typed(string Sheet, string Item, string? Progress = null, string? Target = null, string? Evidence = null, double? ProgressNumber = null)
    {
        public void Write(Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteString("sheet", Sheet);
            json.WriteString("item", Item);
            if (ProgressNumber is { } number)
            {
                json.WriteNumber("progress", number);
            }
            else if (Progress is not null)
            {
                json.WriteString("progress", Progress);
            }

            if (Target is not null)
            {
                json.WriteString("target", Target);
            }

            if (Evidence is not null)
            {
                json.WriteString("evidence", Evidence);
            }

            json.WriteEndObject();
        }
    }

    /// <summary>The python3-uno script TypeInCalcAndSave runs: its arguments are the jobs (JSON), a profile folder and soffice.</summary>
    private const string CalcScript = """
        import json, os, signal, socket, subprocess, sys, time
        import uno
        from com.sun.star.beans import PropertyValue

        def prop(name, value):
            p = PropertyValue()
            p.Name, p.Value = name, value
            return p

        jobs, profile, soffice = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3]
        with socket.socket() as s:
            s.bind(('127.0.0.1', 0))
            port = s.getsockname()[1]
        accept = 'socket,host=127.0.0.1,port=%d;urp;' % port
        office = subprocess.Popen([soffice, '-env:UserInstallation=' + uno.systemPathToFileUrl(profile), '--headless', '--invisible', '--norestore', '--nologo', '--nodefault', '--accept=' + accept],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        desktop = None
        try:
            local = uno.getComponentContext()
            resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
            deadline = time.time() + 120
            while True:
                try:
                    context = resolver.resolve('uno:' + accept + 'StarOffice.ComponentContext')
                    break
                except Exception:
                    if time.time() > deadline or office.poll() is not None:
                        raise
                    time.sleep(0.5)
            desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
            for job in jobs:
                book = desktop.loadComponentFromURL(uno.systemPathToFileUrl(job['source']), '_blank', 0, (prop('Hidden', True),))
                for typed in job['typed']:
                    sheet = book.Sheets.getByName(typed['sheet'])
                    cursor = sheet.createCursor()
                    cursor.gotoEndOfUsedArea(False)
                    last_row, last_column = cursor.RangeAddress.EndRow, cursor.RangeAddress.EndColumn
                    # The headings row, as a person finds it: the one that says Item and Progress.
                    for header in range(last_row + 1):
                        columns = {sheet.getCellByPosition(c, header).getString().strip().lower(): c for c in range(last_column + 1)}
                        if 'item' in columns and 'progress' in columns:
                            break
                    else:
                        raise SystemExit('no headings on ' + typed['sheet'])
                    for row in range(header + 1, last_row + 1):
                        if sheet.getCellByPosition(columns['item'], row).getString() == typed['item']:
                            break
                    else:
                        raise SystemExit('no row for ' + typed['item'])
                    for field in ('progress', 'target', 'evidence'):
                        value = typed.get(field)
                        cell = sheet.getCellByPosition(columns[field], row)
                        if isinstance(value, str):
                            cell.setString(value)
                        elif value is not None:
                            cell.setValue(value)
                book.storeToURL(uno.systemPathToFileUrl(job['ods']), (prop('FilterName', 'calc8'),))
                book.storeToURL(uno.systemPathToFileUrl(job['xlsx']), (prop('FilterName', 'Calc MS Excel 2007 XML'),))
                book.close(True)
        finally:
            if desktop is not None:
                try:
                    desktop.terminate()
                except Exception:
                    pass
            try:
                office.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(office.pid, signal.SIGKILL)
                office.wait()
        """;

    private static string Find(string name, params string[] paths)
        => paths.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException($"{name} is not installed; install it with: {Install}");

    private static void Run(string program, string[] arguments, TimeSpan limit)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in {limit.TotalSeconds} s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited {process.ExitCode}: {error.Result}{output.Result}" + (error.Result.Contains("No module named", StringComparison.Ordinal) ? $" Install it with: {Install}" : string.Empty));

            throw new InvalidOperationException($"{program} exited {process.ExitCode}: {error.Result}{output.Result}" + (error.Result.Contains("No module named 'openpyxl'", StringComparison.Ordinal) || error.Result.Contains("No module named 'uno'", StringComparison.Ordinal) ? $" Install it with: {Install}" : string.Empty));
        }
    }
}
