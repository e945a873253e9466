using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace ClustersTic.Testing;

/// <summary>Headless Chromium for the browser tests: Debian's <c>chromium</c> package driven by Playwright through
/// <c>ExecutablePath</c> — no browser download. Where no Chromium is installed the browser tests are skipped with
/// the reason, unless <c>CLUSTERSTIC_REQUIRE_BROWSER=1</c> (set by <c>.ci/run</c>, which installs it), where they
/// fail.</summary>
public static class Browser
{
    public static string? ExecutablePath()
    {
        string? configured = Environment.GetEnvironmentVariable("CLUSTERSTIC_CHROMIUM");
        foreach (string candidate in new[] { configured ?? string.Empty, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" })
        {
            if (candidate.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        string? path = ExecutablePath();
        if (path is null)
        {
            string reason = "No Chromium found (install Debian's chromium package, or set CLUSTERSTIC_CHROMIUM); .ci/run installs it.";
            if (Environment.GetEnvironmentVariable("CLUSTERSTIC_REQUIRE_BROWSER") == "1")
            {
                throw new InvalidOperationException(reason);
            }

            Assert.Skip(reason);
        }

        IPlaywright playwright = await Playwright.CreateAsync();
        IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = path, Headless = true });
        return (playwright, browser);
    }

    /// <summary>Where screenshots go: beside the test output (bin/…/screenshots).</summary>
    public static string ScreenshotPath(string name)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
