using System.Net;
using System.Net.Sockets;

namespace IntegrationFramework.Fhir.Tests.TestSupport;

/// <summary>A static web site on a free loopback port: files from a folder, and pages given in memory.</summary>
internal sealed class StaticSite : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly string folder;
    private readonly Dictionary<string, (string Type, byte[] Body)> pages;
    private readonly Task serving;

    public StaticSite(string folder, Dictionary<string, (string Type, byte[] Body)> pages)
    {
        this.folder = Path.GetFullPath(folder);
        this.pages = pages;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Address = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(Address);
        listener.Start();
        serving = Task.Run(Serve);
    }

    public string Address { get; }

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            var file = Path.GetFullPath(Path.Combine(folder, path.TrimStart('/')));
            if (pages.TryGetValue(path, out var page))
            {
                Respond(context, 200, page.Type, page.Body);
            }
            else if (file.StartsWith(folder, StringComparison.Ordinal) && File.Exists(file))
            {
                Respond(context, 200, TypeOf(file), await File.ReadAllBytesAsync(file));
            }
            else
            {
                Respond(context, 404, "text/plain", "not found"u8.ToArray());
            }
        }
    }

    private static void Respond(HttpListenerContext context, int status, string type, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        context.Response.OutputStream.Write(body);
        context.Response.Close();
    }

    private static string TypeOf(string file) => Path.GetExtension(file) switch
    {
        ".js" => "text/javascript",
        ".css" => "text/css",
        ".json" => "application/json",
        ".png" => "image/png",
        ".html" => "text/html",
        _ => "application/octet-stream",
    };

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        serving.Wait(TimeSpan.FromSeconds(5));
    }
}
