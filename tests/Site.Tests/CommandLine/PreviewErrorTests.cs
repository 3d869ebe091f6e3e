using System.Net;
using System.Net.Sockets;
using KnowledgeSite.CommandLine;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.CommandLine;

/// <summary>The preview verb's usage errors: a clear line and exit code 2, before any build.</summary>
public class PreviewErrorTests
{
    [Fact]
    public async Task A_port_already_in_use_is_a_usage_error_with_a_one_line_fix()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var project = new TestProject(SmallSite.Txtar);

        var result = await project.RunAsync("preview", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"cannot serve on 127.0.0.1:{port}: the port is already in use", line);
        Assert.Contains("--port", line);
        Assert.False(Directory.Exists(project.Output));
    }

    [Theory]
    [InlineData("70000")]
    [InlineData("-1")]
    [InlineData("eighty")]
    public async Task A_port_out_of_range_is_a_usage_error(string port)
    {
        using var project = new TestProject(SmallSite.Txtar);
        var result = await project.RunAsync("preview", "--port", port);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(port, result.Stderr);
    }

    [Fact]
    public async Task Preview_has_no_base_url_option_because_it_serves_on_the_loopback_address()
    {
        using var project = new TestProject(SmallSite.Txtar);
        var result = await project.RunAsync("preview", "--base-url", "https://owner.github.io/repo/");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--base-url", result.Stderr);
    }
}
