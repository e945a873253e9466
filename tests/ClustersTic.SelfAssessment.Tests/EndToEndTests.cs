using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ClustersTic.Charter;
using ClustersTic.RuleSets;
using ClustersTic.Testing;
using ClustersTic.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NodaTime;

namespace ClustersTic.SelfAssessment.Tests;

/// <summary>The published app, served as static files, driven in headless Chromium (issue 17, point 6): a complete
/// assessment answered with the keyboard and the mouse, the live level checked against the library's result for
/// the same answers, an axe-core audit, screenshots in French and English, desktop and phone width.</summary>
public sealed class EndToEndTests(StaticSite site) : IClassFixture<StaticSite>
{
    [Theory]
    [InlineData("fr", 1280, 900)]
    [InlineData("en", 1280, 900)]
    [InlineData("fr", 390, 844)]
    [InlineData("en", 390, 844)]
    public async Task ACompleteAssessment_GivesTheLibrarysLevel_AndThePageIsAccessible(string lang, int width, int height)
    {
        (IPlaywright playwright, IBrowser browser) = await Browser.LaunchAsync();
        try
        {
            IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
            var errors = new List<string>();
            page.PageError += (_, error) => errors.Add(error);
            await page.GotoAsync(site.Address.AbsoluteUri);
            await page.Locator("#level").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            if (lang == "en")
            {
                await page.Locator("#lang-en").ClickAsync();
            }

            Language language = lang == "en" ? Language.English : Language.French;
            RuleSet ruleSet = RuleSetCatalog.Embedded.GetInForce(SystemClock.Instance.GetCurrentInstant().InZone(ConsortiumRules.TimeZone).Date);
            await page.Locator("#siren").FillAsync("732829320");
            await page.Locator("#siren").PressAsync("Tab");
            var answers = new List<Answer>();
            int i = 0;
            foreach (Criterion criterion in ruleSet.Charter.Criteria)
            {
                AnswerStatus status = i++ % 4 == 3 && criterion.Level != RequirementLevel.Must ? AnswerStatus.Unmet : AnswerStatus.Met;
                // The label is tied to its radio: clicking it answers.
                await page.Locator($"label[for=answer-{criterion.Id}-{status}]").ClickAsync();
                string? evidence = null;
                if (status == AnswerStatus.Met && criterion.EvidenceRequired)
                {
                    evidence = "Procédure " + criterion.Id;
                    await page.Locator($"#evidence-{criterion.Id}").FillAsync(evidence);
                    await page.Locator($"#evidence-{criterion.Id}").PressAsync("Tab");
                }

                answers.Add(new Answer { CriterionId = criterion.Id, Status = status, Evidence = evidence });
            }

            string today = await page.Locator("#date").InputValueAsync();
            AssessmentResult expected = new ConsortiumRules(ruleSet, SystemClock.Instance).Score(new Assessment
            {
                CompanySiren = "732829320",
                CharterVersion = ruleSet.Charter.Version,
                Date = NodaTime.Text.LocalDatePattern.Iso.Parse(today).Value,
                Kind = AssessmentKind.SelfAssessment,
                Answers = answers,
            });
            await Assertions.Expect(page.Locator("#level")).ToHaveTextAsync(Labels.Get(expected.Level, language));
            (await page.Locator("#score").TextContentAsync()).Should().Be(Prose.OneDecimal(expected.Score!.Value, language) + "/100");
            (await page.Locator("#next-level").TextContentAsync()).Should().Be(expected.NextLevel!.Describe(language));
            (await page.Locator(".corrections").CountAsync()).Should().Be(0);
            (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).Should().BeTrue("the page fits a {0}-pixel screen", width);

            AxeResult axe = await page.RunAxe();
            axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id + ": " + v.Help + " — " + string.Join(", ", v.Nodes.Select(n => n.Html)))
                .Should().BeEmpty("axe-core finds no serious or critical violation");
            errors.Should().BeEmpty("the app runs without a script error");

            await page.Locator("h1").ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath($"self-assessment.{lang}.{(width < 600 ? "phone" : "desktop")}.png") });
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    [Fact]
    public async Task TheDownloadedFile_ScoresTheSameInClustersTic_AndTheDraftSurvivesAReload()
    {
        (IPlaywright playwright, IBrowser browser) = await Browser.LaunchAsync();
        string file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "self-assessment-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
            IPage page = await context.NewPageAsync();
            await page.GotoAsync(site.Address.AbsoluteUri);
            await page.Locator("#level").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            await page.Locator("#siren").FillAsync("732829320");
            await page.Locator("#company-name").FillAsync("Atelier Web Forez");
            await page.Locator("#company-name").PressAsync("Tab");
            RuleSet ruleSet = RuleSetCatalog.Embedded.GetInForce(SystemClock.Instance.GetCurrentInstant().InZone(ConsortiumRules.TimeZone).Date);
            foreach (Criterion criterion in ruleSet.Charter.Criteria.Take(10))
            {
                await page.Locator($"label[for=answer-{criterion.Id}-Met]").ClickAsync();
            }

            string score = (await page.Locator("#score").TextContentAsync())!;
            IDownload download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#save").ClickAsync());
            await download.SaveAsAsync(file);

            // The same file through the command-line tool: the same score.
            (int code, string output) = await RunCliAsync("assess", file, "--format", "json");
            code.Should().BeOneOf([0, 1], "clusters-tic reads the file: {0}", output);
            output.Should().StartWith("{", "clusters-tic writes one JSON document per assessment");
            using System.Text.Json.JsonDocument document = System.Text.Json.JsonDocument.Parse(output);
            decimal cliScore = document.RootElement.GetProperty("assessment").GetProperty("score").GetDecimal();
            score.Should().Be(Prose.OneDecimal(cliScore, Language.French) + "/100");

            // The draft is in the browser's local storage: a reload keeps the answers.
            await page.ReloadAsync();
            await Assertions.Expect(page.Locator("#score")).ToHaveTextAsync(score);
            (await page.Locator($"#answer-{ruleSet.Charter.Criteria[0].Id}-Met").IsCheckedAsync()).Should().BeTrue();
        }
        finally
        {
            System.IO.File.Delete(file);
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    private static async Task<(int Code, string Output)> RunCliAsync(params string[] args)
    {
        string here = AppContext.BaseDirectory;
        string configuration = new System.IO.DirectoryInfo(here.TrimEnd(System.IO.Path.DirectorySeparatorChar)).Parent!.Name;
        string dll = Repository.Path("src", "ClustersTic.Cli", "bin", configuration, "net10.0", "clusters-tic.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using System.Diagnostics.Process process = System.Diagnostics.Process.Start(start)!;
        string output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    [Fact]
    public async Task TheKeyboardAlone_AnswersACriterion_AndTheFocusIsVisible()
    {
        (IPlaywright playwright, IBrowser browser) = await Browser.LaunchAsync();
        try
        {
            IPage page = await browser.NewPageAsync();
            await page.GotoAsync(site.Address.AbsoluteUri);
            await page.Locator("#level").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            Criterion first = RuleSetCatalog.Embedded.Get("v1").Charter.Criteria[0];
            await page.Locator($"#answer-{first.Id}-none").FocusAsync();
            await page.Keyboard.PressAsync("ArrowLeft");
            string focused = await page.EvaluateAsync<string>("document.activeElement.id");
            focused.Should().StartWith($"answer-{first.Id}-");
            (await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle")).Should().NotBe("none", "the focus is visible");
            (await page.Locator("#completion").TextContentAsync()).Should().NotBe("0,0\u202F%", "the arrow key answered the criterion");
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
