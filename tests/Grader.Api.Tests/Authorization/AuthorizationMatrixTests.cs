using System.Text;

namespace Grader.Api.Tests.Authorization;

public sealed class AuthorizationMatrixTests(AuthorizationMatrixFixture fixture) : IClassFixture<AuthorizationMatrixFixture>
{
    public static TheoryData<string, Caller> Cases()
    {
        var cases = new TheoryData<string, Caller>();
        foreach (var probe in AuthorizationMatrix.Probes)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                cases.Add(probe.Name, caller);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_caller_gets_the_expected_status(string probeName, Caller caller)
    {
        var probe = AuthorizationMatrix.Probes.Single(p => p.Name == probeName);
        using var request = new HttpRequestMessage(probe.Method, fixture.Fill(probe.Path));
        if (probe.Json is not null)
        {
            request.Content = new StringContent(fixture.Fill(probe.Json), Encoding.UTF8, "application/json");
        }
        else if (probe.Form is not null)
        {
            var form = new MultipartFormDataContent();
            foreach (var (name, value) in probe.Form)
            {
                form.Add(new StringContent(fixture.Fill(value)), name);
            }

            request.Content = form;
        }

        using var response = await fixture.ClientFor(caller).SendAsync(request, TestContext.Current.CancellationToken);

        Assert.True(
            probe.Expected[caller] == (int)response.StatusCode,
            $"{probe.Method} {probe.Path} as {caller}: expected {probe.Expected[caller]}, got {(int)response.StatusCode} — {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
    }
}
