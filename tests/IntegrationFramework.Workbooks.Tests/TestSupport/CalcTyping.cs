using System.Text.Json;

namespace IntegrationFramework.Workbooks.Tests.TestSupport;

/// <summary>Types ratings into a workbook in LibreOffice Calc, as a partner would, through python3-uno.</summary>
internal static partial class Programs
{
    /// <summary>
    /// Opens the workbook in LibreOffice Calc with Calc's own settings (a fresh profile, formulas not recalculated on
    /// opening), types each text into the Progress cell of its item's row (an empty text clears the cell), and saves it
    /// as .xlsx: what Calc shows and saves is what it recalculated as the cells changed.
    /// </summary>
    public static byte[] TypeInCalc(byte[] workbook, params (string Sheet, string Item, string Text)[] entries)
    {
        var soffice = Soffice();
        var python = Find("python3", "/usr/bin/python3");
        var folder = Directory.CreateTempSubdirectory("ifw-uno-");
        try
        {
            var source = Path.Combine(folder.FullName, "partner.xlsx");
            var target = Path.Combine(folder.FullName, "typed.xlsx");
            var code = Path.Combine(folder.FullName, "type.py");
            File.WriteAllBytes(source, workbook);
            File.WriteAllText(code, TypeScript);
            var json = JsonSerializer.Serialize(entries.Select(e => new[] { e.Sheet, e.Item, e.Text }));
            Run(python, [code, soffice, Path.Combine(folder.FullName, "profile"), source, target, json], TimeSpan.FromMinutes(3));
            return File.Exists(target) ? File.ReadAllBytes(target) : throw new InvalidOperationException($"LibreOffice Calc saved no {target}.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Starts soffice listening on a pipe of its own, opens the workbook hidden, types into the Progress column (C) of
    /// the row whose column A holds the item id, saves as .xlsx and ends the office it started, killing it if it must.
    /// </summary>
    private const string TypeScript = """
        # Arguments: soffice, a profile folder, the workbook, the file to save, the entries as JSON [[sheet, item id, text], ...].
        import json, os, signal, subprocess, sys, time
        import uno
        from com.sun.star.beans import PropertyValue

        soffice, profile, source, target, entries = sys.argv[1:6]
        pipe = "ifw-calc-%d" % os.getpid()
        office = subprocess.Popen([soffice, "-env:UserInstallation=" + uno.systemPathToFileUrl(profile), "--headless", "--invisible",
                                   "--norestore", "--nologo", "--nodefault", "--accept=pipe,name=%s;urp;" % pipe],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)

        def prop(name, value):
            p = PropertyValue()
            p.Name, p.Value = name, value
            return p

        try:
            local = uno.getComponentContext()
            resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
            deadline = time.monotonic() + 120
            while True:
                try:
                    context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                    break
                except Exception:
                    if office.poll() is not None or time.monotonic() > deadline:
                        raise SystemExit("LibreOffice did not start (exit %s)" % office.poll())
                    time.sleep(0.2)
            desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
            document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
            for sheet_name, item, text in json.loads(entries):
                sheet = document.Sheets.getByName(sheet_name)
                for row in range(2, 1000):
                    if sheet.getCellByPosition(0, row).getString() == item:
                        sheet.getCellByPosition(2, row).setString(text)
                        break
                else:
                    raise SystemExit("no row for " + item)
            document.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "Calc MS Excel 2007 XML"),))
            document.close(True)
            try:
                desktop.terminate()
            except Exception:
                pass  # the bridge closes as the office ends
            office.wait(timeout=60)
        finally:
            if office.poll() is None:
                os.killpg(office.pid, signal.SIGKILL)  # the launcher and soffice.bin, which it started in its group
                office.wait()
        """;
}
