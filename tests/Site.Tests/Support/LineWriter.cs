using System.Text;

namespace KnowledgeSite.Tests.Support;

/// <summary>A console stream a test can wait on: it keeps every line and wakes waiters as lines arrive.</summary>
public sealed class LineWriter : TextWriter
{
    private readonly Lock _gate = new();
    private readonly StringBuilder _all = new();
    private readonly StringBuilder _line = new();
    private readonly List<string> _lines = [];
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override Encoding Encoding => Encoding.UTF8;

    public string Text
    {
        get { lock (_gate) return _all.ToString(); }
    }

    public override void Write(char value)
    {
        TaskCompletionSource? woken = null;
        lock (_gate)
        {
            _all.Append(value);
            if (value != '\n')
            {
                _line.Append(value);
                return;
            }
            _lines.Add(_line.ToString().TrimEnd('\r'));
            _line.Clear();
            woken = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        woken.SetResult();
    }

    /// <summary>The first line, from <paramref name="after"/> on, that matches; fails the test after the timeout.</summary>
    public async Task<(string Line, int Index)> WaitForAsync(Func<string, bool> match, TimeSpan timeout, int after = 0)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (true)
        {
            Task next;
            lock (_gate)
            {
                for (var i = after; i < _lines.Count; i++)
                    if (match(_lines[i])) return (_lines[i], i);
                next = _next.Task;
            }
            try
            {
                await next.WaitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                throw new Xunit.Sdk.XunitException($"no matching line within {timeout.TotalSeconds} s; output so far:\n{Text}");
            }
        }
    }

    public int LineCount
    {
        get { lock (_gate) return _lines.Count; }
    }
}
