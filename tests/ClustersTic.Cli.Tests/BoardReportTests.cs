using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ClustersTic.Testing;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ClustersTic.Cli.Tests;

/// <summary><c>clusters-tic report</c> (issue 16, point 5): one self-contained HTML file, checked as text and
/// rendered in headless Chromium, with an axe-core audit and a screenshot.</summary>
public sealed class BoardReportTests
{
    private static readonly string Consortium = Expected.Input("Samples/consortium.json");

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task TheReport_IsTheExpectedSelfContainedHtml(string lang)
    {
        (int code, string html, string error) = await CliProcess.RunAsync("report", Consortium, "--as-of", "2026-12-01", "--lang", lang);
        code.Should().Be(0);
        error.Should().BeEmpty();
        Expected.Match($"report.{lang}.html", html);
        html.Should().NotContainAny("<script", "<link", "src=\"", "url(", "@import");
    }

    [Fact]
    public async Task TheReport_NeedsAnOutputFileInATerminal_ButNotInAPipe()
    {
        // Standard output is a pipe here, so the report comes out on it; -o writes it to a file instead.
        string file = Path.Combine(Path.GetTempPath(), "clusters-tic-" + Guid.NewGuid().ToString("N") + ".html");
        try
        {
            (int code, string output, _) = await CliProcess.RunAsync("report", Consortium, "--as-of", "2026-12-01", "-o", file);
            code.Should().Be(0);
            output.Should().BeEmpty();
            File.ReadAllText(file).Should().StartWith("<!DOCTYPE html>\n<html lang=\"fr\">");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task TheReport_RendersInChromium_WithItsStructure_AndNoSeriousAccessibilityViolation(string lang)
    {
        (IPlaywright playwright, IBrowser browser) = await Browser.LaunchAsync();
        string file = Path.Combine(Path.GetTempPath(), "clusters-tic-report-" + Guid.NewGuid().ToString("N") + ".html");
        try
        {
            (int code, string html, _) = await CliProcess.RunAsync("report", Consortium, "--as-of", "2026-12-01", "--lang", lang);
            code.Should().Be(0);
            await File.WriteAllTextAsync(file, html, TestContext.Current.CancellationToken);

            IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
            var requests = new System.Collections.Generic.List<string>();
            page.Request += (_, request) => requests.Add(request.Url);
            await page.GotoAsync(new Uri(file).AbsoluteUri);

            requests.Should().ContainSingle("the report loads nothing but itself");
            (await page.Locator("h1").CountAsync()).Should().Be(1);
            (await page.Locator("h1").InnerTextAsync()).Should().Be(lang == "fr" ? "Rapport au conseil d’administration" : "Board report");
            (await page.Locator("h2").AllInnerTextsAsync()).Should().Equal(lang == "fr"
                ? ["Entreprises", "Clusters", "Évaluations de la charte", "Échéances des 60 prochains jours", "Ce qui manque pour le niveau suivant"]
                : ["Companies", "Clusters", "Charter assessments", "Due in the next 60 days", "What each company lacks for the next level"]);
            int tables = await page.Locator("table").CountAsync();
            (await page.Locator("table > caption").CountAsync()).Should().Be(tables, "every table has a caption");
            (await page.Locator("svg[role=img] desc").CountAsync()).Should().Be(1, "the chart has a text alternative");
            (await page.Locator("svg rect").CountAsync()).Should().Be(10);
            (await page.Locator("code").InnerTextAsync()).Should().HaveLength(64, "the rule set's fingerprint is shown whole");

            AxeResult axe = await page.RunAxe();
            axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id + ": " + v.Help)
                .Should().BeEmpty("axe-core finds no serious or critical violation");
            axe.Passes.Should().NotBeEmpty("axe-core ran its rules");

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath($"board-report.{lang}.png"), FullPage = true });
            File.Exists(Browser.ScreenshotPath($"board-report.{lang}.png")).Should().BeTrue();
        }
        finally
        {
            File.Delete(file);
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
