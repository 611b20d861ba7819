using Microsoft.AspNetCore.Http;
using Grader.Api.Infrastructure.Problems;

namespace Grader.Api.Tests.Infrastructure;

public sealed class ExceptionProblemsTests
{
    [Fact]
    public void A_time_out_inside_the_service_is_a_500_and_only_a_client_abort_is_theirs()
    {
        var timeout = new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout");

        Assert.Equal(500, ExceptionProblems.For(timeout, clientAborted: false).Status);
        Assert.Equal(499, ExceptionProblems.For(timeout, clientAborted: true).Status);
        Assert.DoesNotContain("HttpClient", ExceptionProblems.For(timeout).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kestrel_status_is_kept_with_a_french_text()
    {
        var problem = ExceptionProblems.For(new BadHttpRequestException("Request timed out.", 408));

        Assert.Equal(408, problem.Status);
        Assert.Equal("Délai dépassé", problem.Title);
    }
}
