using ClustersTic;
using ClustersTic.DataSets;
using ClustersTic.Extensions.DependencyInjection;
using ClustersTic.Identifiers;
using ClustersTic.PortalApi;
using ClustersTic.Text;
using Microsoft.AspNetCore.Http.HttpResults;

// A cluster's member portal, as an HTTP API: the same decisions as every other tool of the consortium.
WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

// The rule set comes from appsettings.json ("ClustersTic": { "RuleSetId": "v1" } pins one; none follows the date).
// A wrong id or rule set file stops the application at start, every problem listed.
builder.Services.AddClustersTic(builder.Configuration.GetSection(ClustersTicOptions.SectionName));
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<IdentifierBindingProblems>();
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddHealthChecks().AddCheck<RulesHealthCheck>("rules");

WebApplication app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

// POST a data set (the JSON that DataSet.Load reads), get every decision back. The body is read asynchronously
// (ASP.NET Core refuses synchronous reads) and the report is streamed as it is written.
app.MapPost("/decisions", async Task<Results<DecisionsResult, ProblemHttpResult>> (HttpRequest request, ConsortiumRules rules, DataSetLoader loader, string? lang, CancellationToken cancellationToken) =>
{
    DataSet dataSet;
    try
    {
        dataSet = await loader.LoadAsync(request.Body, "request body", cancellationToken);   // logs the counts
    }
    catch (DataSetValidationException e)
    {
        return TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "The data set is not valid",
            detail: $"Problems found: {e.Problems.Count}; see 'problems'.",
            extensions: new Dictionary<string, object?>
            {
                ["problems"] = e.Problems.Select(p => new { p.Code, p.Path, p.Line, p.Column, Message = p.GetMessage(lang == "en" ? Language.English : Language.French) }).ToArray(),
            });
    }

    return new DecisionsResult(rules.Evaluate(dataSet), lang == "en" ? Language.English : Language.French);
});

// GET one SIREN: bound as a Siren (its TryParse); an invalid one gets a problem details response saying why.
app.MapGet("/siren/{siren}", (Siren siren) => TypedResults.Ok(new SirenInfo(siren, siren.ToString("S", null), siren.ToVatNumber())));

app.MapHealthChecks("/health");

app.Run();

/// <summary>The entry point, visible to the integration tests (WebApplicationFactory).</summary>
public partial class Program;
