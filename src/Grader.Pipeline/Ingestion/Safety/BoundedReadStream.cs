namespace Grader.Pipeline.Ingestion.Safety;

/// <summary>
/// A read-only stream that fails once more than <c>limit</c> bytes have come out of the inner stream.
/// A ZIP entry's header can lie about its uncompressed size; reading through this wrapper makes the
/// lie an error instead of an unbounded decompression.
/// </summary>
internal sealed class BoundedReadStream(Stream inner, long limit) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // Ask for one byte more than allowed so that a stream exactly at the limit is still accepted.
        var allowed = (int)Math.Min(buffer.Length, limit - _read + 1);
        var n = inner.Read(buffer[..allowed]);
        _read += n;
        if (_read > limit)
        {
            throw new LimitExceededException();
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Raised when the stream produces more bytes than its limit.</summary>
    internal sealed class LimitExceededException : IOException
    {
        public LimitExceededException()
            : base("The stream produced more bytes than allowed.")
        {
        }
    }
}
