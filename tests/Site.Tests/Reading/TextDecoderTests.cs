using System.Text;
using KnowledgeSite.Pipeline;
using KnowledgeSite.Reading;

namespace KnowledgeSite.Tests.Reading;

public class TextDecoderTests
{
    [Fact]
    public void A_byte_order_mark_is_removed_and_line_ends_become_lf()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("satu\r\ndua\rtiga\n")).ToArray();
        var diagnostics = new Diagnostics();

        Assert.Equal("satu\ndua\ntiga\n", TextDecoder.Decode(new SourceFile("seeds/a.txt", bytes), "read", diagnostics));
        Assert.Empty(diagnostics.All);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_the_file_and_line()
    {
        var bytes = Encoding.UTF8.GetBytes("baris satu\nbaris dua caf").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();
        var diagnostics = new Diagnostics();

        Assert.Null(TextDecoder.Decode(new SourceFile("seeds/a.txt", bytes), "clean", diagnostics));
        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal("seeds/a.txt", error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("UTF-8", error.Message);
        Assert.NotNull(error.Fix);
    }
}
