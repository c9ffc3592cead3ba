using System.Diagnostics;

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
        }
    }
}
