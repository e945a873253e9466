using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ClustersTic.RuleSets;
using ClustersTic.Samples;
using ClustersTic.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace ClustersTic.PortalApi.Tests;

/// <summary>The portal API through the in-memory test server (which, like Kestrel, refuses synchronous I/O).</summary>
public sealed class PortalApiTests : IClassFixture<PortalApiTests.Portal>
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 28, 9, 0);
    private readonly Portal _portal;

    public PortalApiTests(Portal portal) => _portal = portal;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_SaysWhichRuleSetAnswers()
    {
        HttpResponseMessage response = await _portal.CreateClient().GetAsync("/health", Token);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Token)).Should().Be("Healthy");
    }

    [Theory]
    [InlineData(null, Language.French)]
    [InlineData("en", Language.English)]
    public async Task PostingADataSet_StreamsTheLibrarysDecisions(string? lang, Language language)
    {
        using var body = new StreamContent(SampleData.OpenJson());
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        HttpResponseMessage response = await _portal.CreateClient().PostAsync("/decisions" + (lang is null ? "" : "?lang=" + lang), body, Token);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        string expected = new ConsortiumRules(RuleSetCatalog.Embedded, new FakeClock(Now)).Evaluate(SampleData.Load()).ToJson(language);
        (await response.Content.ReadAsStringAsync(Token)).Should().Be(expected, "the portal answers exactly what the library answers");
    }

    [Fact]
    public async Task PostingABadDataSet_GivesEveryProblem_AsProblemDetails()
    {
        using var body = new StringContent("{\n  \"companies\": [ { \"siren\": 12 } ],\n}", Encoding.UTF8, "application/json");
        HttpResponseMessage response = await _portal.CreateClient().PostAsync("/decisions", body, Token);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        problem.RootElement.GetProperty("status").GetInt32().Should().Be(400);
        var problems = problem.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => (Code: p.GetProperty("code").GetString(), Path: p.GetProperty("path").GetString(), Line: p.GetProperty("line").GetInt32()))
            .ToList();
        problems.Should().Contain(("json.wrong-type", "$.companies[0].siren", 2), "a SIREN is a string");
        problems.Should().Contain(("json.syntax", "$", 3), "the trailing comma is on line 3");
    }

    [Fact]
    public async Task PostingNothing_IsABadRequest()
    {
        using var body = new StringContent("", Encoding.UTF8, "application/json");
        HttpResponseMessage response = await _portal.CreateClient().PostAsync("/decisions", body, Token);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Token)).Should().Contain("json.empty");
    }

    [Fact]
    public async Task AValidSiren_IsBound_AndWrittenByTheLibrarysConverters()
    {
        HttpResponseMessage response = await _portal.CreateClient().GetAsync("/siren/005%20520%20135", Token);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Token)).Should().Be("{\"siren\":\"005520135\",\"display\":\"005 520 135\",\"vat\":\"FR92005520135\"}");
    }

    [Theory]
    [InlineData("552100555", "Checksum", "clé de contrôle incorrecte", "check digits are wrong")]
    [InlineData("55-2100554", "InvalidCharacter", "caractère non autorisé", "the character '-'")]
    [InlineData("5521005", "WrongLength", "nombre de chiffres incorrect", "it has 7 digits")]
    public async Task AnInvalidSiren_GetsProblemDetails_ThatSayWhy(string siren, string reason, string reasonFr, string detail)
    {
        HttpResponseMessage response = await _portal.CreateClient().GetAsync("/siren/" + siren, Token);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        problem.RootElement.GetProperty("title").GetString().Should().Be("Invalid SIREN");
        problem.RootElement.GetProperty("reason").GetString().Should().Be(reason);
        problem.RootElement.GetProperty("reasonFr").GetString().Should().Be(reasonFr);
        problem.RootElement.GetProperty("detail").GetString().Should().Contain(detail);
    }

    [Fact]
    public async Task OtherBadRequests_KeepTheFrameworksAnswer()
    {
        using var body = new StringContent("{}", Encoding.UTF8, "application/json");
        HttpResponseMessage response = await _portal.CreateClient().PostAsync("/siren/552100554", body, Token);
        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public void AWrongRuleSetIdInConfiguration_StopsThePortalAtStart()
    {
        using WebApplicationFactory<Program> misconfigured = _portal.WithWebHostBuilder(b => b.UseSetting("ClustersTic:RuleSetId", "v9"));
        FluentActions.Invoking(() => misconfigured.CreateClient()).Should().Throw<OptionsValidationException>()
            .WithMessage("*RuleSetId 'v9' is not a rule set of the catalog (known: v1, v2)*");
    }

    [Fact]
    public async Task APinnedRuleSetInConfiguration_IsApplied()
    {
        using WebApplicationFactory<Program> pinned = _portal.WithWebHostBuilder(b => b.UseSetting("ClustersTic:RuleSetId", "v2"));
        (await pinned.CreateClient().GetStringAsync("/health", Token)).Should().Be("Healthy");
        pinned.Services.GetRequiredService<ConsortiumRules>().PinnedRuleSet!.Id.Should().Be("v2");
    }

    /// <summary>The portal with a clock stopped on 2026-11-28.</summary>
    public sealed class Portal : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.UseEnvironment("Testing").ConfigureTestServices(services =>
            {
                services.RemoveAll<IClock>();
                services.AddSingleton<IClock>(new FakeClock(Now));
            });
    }
}
