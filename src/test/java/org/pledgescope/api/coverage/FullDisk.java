package org.pledgescope.api.coverage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;

/**
 * A disk with room for {@code capacity} bytes of the decision log, as a full disk behaves: a write takes what
 * still fits and the next one fails with "No space left on device". {@link #free(long)} makes room again; with
 * {@link #truncateFails} even cutting the file back fails (an I/O error).
 */
final class FullDisk implements DecisionLogFile.Opener {
    private volatile long capacity;
    volatile boolean truncateFails;

    FullDisk(long capacity) {
        this.capacity = capacity;
    }

    void free(long bytes) {
        capacity += bytes;
    }

    @Override
    public FileChannel open(Path path) throws IOException {
        return new Channel(DecisionLogFile.Opener.FILES.open(path));
    }

    private final class Channel extends FileChannel {
        private final FileChannel file;

        Channel(FileChannel file) {
            this.file = file;
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            long room = capacity - position;
            if (room <= 0) {
                throw new IOException("No space left on device");
            }
            if (src.remaining() <= room) {
                return file.write(src, position);
            }
            ByteBuffer part = src.slice().limit((int) room);
            int n = file.write(part, position);
            src.position(src.position() + n);
            return n;
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            if (truncateFails) {
                throw new IOException("Input/output error");
            }
            file.truncate(size);
            return this;
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return file.read(dst, position);
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public int read(ByteBuffer dst) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int write(ByteBuffer src) {
            throw new UnsupportedOperationException("the decision log writes at a position");
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long position() {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileChannel position(long newPosition) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void force(boolean metaData) throws IOException {
            file.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void implCloseChannel() throws IOException {
            file.close();
        }
    }
}
