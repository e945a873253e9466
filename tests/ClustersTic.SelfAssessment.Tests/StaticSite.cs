using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace ClustersTic.SelfAssessment.Tests;

/// <summary>The published app (<c>dotnet publish</c>, once per test run) served as plain static files on
/// 127.0.0.1 — any static server would do; this one is <see cref="HttpListener"/> with the content types a
/// browser needs (<c>application/wasm</c> above all).</summary>
public sealed class StaticSite : IAsyncLifetime
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript",
        [".mjs"] = "text/javascript",
        [".css"] = "text/css",
        [".json"] = "application/json",
        [".wasm"] = "application/wasm",
        [".dat"] = "application/octet-stream",
        [".ico"] = "image/x-icon",
        [".png"] = "image/png",
        [".svg"] = "image/svg+xml",
    };

    private readonly HttpListener _listener = new();
    private CancellationTokenSource? _stop;
    private Task? _serving;

    public string Root { get; private set; } = string.Empty;

    public Uri Address { get; private set; } = null!;

    public long PublishedBytes { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (Testing.Browser.ExecutablePath() is null)
        {
            return; // The tests skip (or fail, in .ci/run) before they need the site.
        }

        string repository = Testing.Repository.Root;
        string output = Path.Combine(repository, "artifacts", "self-assessment-test");

        // .ci/run's reruns under other cultures reuse the first run's publish (CLUSTERSTIC_REUSE_PUBLISH=1).
        bool reuse = Environment.GetEnvironmentVariable("CLUSTERSTIC_REUSE_PUBLISH") == "1" && File.Exists(Path.Combine(output, "wwwroot", "index.html"));
        if (!reuse)
        {
            await PublishAsync(repository, output);
        }

        Root = Path.Combine(output, "wwwroot");
        foreach (string file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            if (!file.EndsWith(".br", StringComparison.Ordinal) && !file.EndsWith(".gz", StringComparison.Ordinal))
            {
                PublishedBytes += new FileInfo(file).Length;
            }
        }

        int port = FreePort();
        Address = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Address.AbsoluteUri);
        _listener.Start();
        _stop = new CancellationTokenSource();
        _serving = Task.Run(() => ServeAsync(_stop.Token));
    }

    /// <summary>Publishes the app as a user would (<c>dotnet publish -c Release</c>).</summary>
    private static async Task PublishAsync(string repository, string output)
    {
        var publish = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { "publish", Path.Combine(repository, "samples", "ClustersTic.SelfAssessment"), "-c", "Release", "-o", output })
        {
            publish.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(publish)!;
        Task<string> log = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet publish of the app failed:\n" + await log + await errors);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop is not null)
        {
            await _stop.CancelAsync();
            _listener.Stop();
            try
            {
                await _serving!;
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException)
            {
            }

            _stop.Dispose();
        }

        _listener.Close();
    }

    private async Task ServeAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            string relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
            string path = Path.GetFullPath(Path.Combine(Root, relative.Length == 0 ? "index.html" : relative));
            using HttpListenerResponse response = context.Response;
            if (!path.StartsWith(Root, StringComparison.Ordinal) || !File.Exists(path))
            {
                response.StatusCode = 404;
                continue;
            }

            response.ContentType = ContentTypes.TryGetValue(Path.GetExtension(path), out string? type) ? type : "application/octet-stream";
            byte[] bytes = await File.ReadAllBytesAsync(path, stop);
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes, stop);
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
