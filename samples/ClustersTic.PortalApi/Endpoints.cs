using System.Globalization;
using ClustersTic.Identifiers;
using ClustersTic.Reports;
using ClustersTic.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClustersTic.PortalApi;

/// <summary>What GET /siren/{siren} answers: the identifiers are written by the library's JSON converters.</summary>
/// <param name="Siren">The SIREN (nine digits, leading zeros kept).</param>
/// <param name="Display">The spaced display.</param>
/// <param name="Vat">The French VAT number derived from it.</param>
public sealed record SirenInfo(Siren Siren, string Display, FrenchVatNumber Vat);

/// <summary>The report, streamed to the response body as it is written.</summary>
/// <param name="report">The decisions.</param>
/// <param name="language">The language of the findings' messages.</param>
public sealed class DecisionsResult(ConsortiumReport report, Language language) : IResult
{
    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await report.WriteToAsync(httpContext.Response.Body, language, httpContext.RequestAborted);
    }
}

/// <summary>Turns a route value that does not bind to an identifier into an RFC 9457 problem details response
/// that gives the reason, in French and English; other bad requests keep the framework's answer.</summary>
/// <param name="problems">The problem details writer.</param>
public sealed class IdentifierBindingProblems(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The handler runs with the request's route values cleared; the exception feature keeps them.
        if (exception is not BadHttpRequestException
            || httpContext.Features.Get<IExceptionHandlerFeature>()?.RouteValues?["siren"] is not string text
            || Siren.TryParse(text, out _, out IdentifierParseFailure failure))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Invalid SIREN",
                Detail = DescribeFailure(text),
                Extensions =
                {
                    ["reason"] = failure.ToString(),
                    ["reasonFr"] = Labels.Get(failure, Language.French),
                    ["reasonEn"] = Labels.Get(failure, Language.English),
                },
            },
        });
    }

    private static string DescribeFailure(string text)
    {
        // The library's own words, with the position of a wrong character (an English developer message).
        try
        {
            return Siren.Parse(text).ToString();
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }
}

/// <summary>Healthy when the rules answer: the rule set in force today is named in the report.</summary>
/// <param name="rules">The rules.</param>
public sealed class RulesHealthCheck(ConsortiumRules rules) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var ruleSet = rules.GetRuleSet();
        return Task.FromResult(HealthCheckResult.Healthy(
            string.Create(CultureInfo.InvariantCulture, $"rule set {ruleSet.Id} ({ruleSet.Version}) in force on {rules.Today:uuuu-MM-dd}")));
    }
}
