package org.hotline.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.hotline.common.Role;
import org.hotline.recording.PlayGrant;
import org.hotline.recording.PlayableFile;
import org.hotline.recording.RecordingPlayback;
import org.hotline.recording.RecordingUnavailable;
import org.hotline.web.http.ByteRanges;
import org.hotline.web.http.Downloads;

/**
 * Calls' recordings, played in the browser. {@code POST /recording-plays} with {@code {"call": "<linkedid>"}} is a
 * play: the audited read (one audit entry a play, however many requests the player then makes), answered 201 with
 * the address to stream the recording from for an hour, by this user only. {@code GET} of that address streams the
 * file from the recordings folder, never read whole: {@code Accept-Ranges: bytes}, a {@code Range} answered 206 with
 * its {@code Content-Range} (of several ranges the first satisfiable one), 416 with {@code bytes *}{@code /size} when no
 * byte satisfies it, a malformed one ignored (200, the whole file). {@code HEAD} says the same without the bytes.
 * Refusals: 404 {@code recording-not-found} for a call without a recording, one the user may not hear (a complaint's
 * call, to anyone but the officers who may read it) and an unknown or expired address alike; 409
 * {@code recording-removed} after retention; 404 {@code recording-unavailable} when the file is not there; 415
 * {@code recording-not-wav}; 503 {@code recordings-busy} past the streams a node serves at once ({@link
 * RecordingStreams}).
 */
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.OFFICER})
@Path("/recording-plays")
public class RecordingPlaysResource {

    static final String WAV = "audio/wav";
    private static final int CHUNK = 64 * 1024;

    @EJB
    private RecordingPlayback playback;

    @Inject
    private RecordingStreams streams;

    /** {@code {"call": "<linkedid>"}}: the call whose recording to play. */
    public record PlayRequest(@NotBlank @Size(max = 64) String call) {}

    /** The play: where to stream the recording from, and until when. */
    public record PlayAnswer(String call, String url, Instant expiresAt) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response play(@NotNull @Valid PlayRequest request, @Context UriInfo uri) {
        PlayGrant grant = playback.play(request.call());
        String url = uri.getBaseUri().getRawPath() + "recording-plays/" + grant.token();
        return Response.status(Response.Status.CREATED)
                .header("Location", url)
                .header("Cache-Control", "no-store")
                .entity(new PlayAnswer(grant.linkedid(), url, grant.expiresAt()))
                .build();
    }

    @GET
    @Path("/{token}")
    @Produces(WAV)
    public Response stream(
            @PathParam("token") @NotBlank @Size(max = 64) String token,
            @HeaderParam("Range") String range,
            @Context SecurityContext caller) {
        PlayableFile file = playback.stream(token);
        ByteRanges.Answer answer = ByteRanges.of(range, file.size());
        if (answer.kind() == ByteRanges.Kind.UNSATISFIABLE) {
            return unsatisfiable(answer);
        }
        RecordingStreams.Slot slot =
                streams.take(caller.getUserPrincipal().getName()).orElse(null);
        if (slot == null) {
            return Response.fromResponse(Problem.of(
                                    Response.Status.SERVICE_UNAVAILABLE,
                                    "recordings-busy",
                                    "This server streams as many recordings as it can at once: try again in a moment.")
                            .toResponse())
                    .header("Retry-After", 1)
                    .build();
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file.file(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException unreadable) {
            slot.close();
            throw new RecordingUnavailable(file.linkedid());
        }
        StreamingOutput bytes = out -> {
            try (slot;
                    channel) {
                copy(channel, answer.first(), answer.length(), Channels.newChannel(out));
            }
        };
        return headers(Response.status(answer.kind() == ByteRanges.Kind.PARTIAL ? 206 : 200), file, answer)
                .entity(bytes)
                .build();
    }

    @HEAD
    @Path("/{token}")
    @Produces(WAV)
    public Response head(
            @PathParam("token") @NotBlank @Size(max = 64) String token, @HeaderParam("Range") String range) {
        PlayableFile file = playback.stream(token);
        ByteRanges.Answer answer = ByteRanges.of(range, file.size());
        if (answer.kind() == ByteRanges.Kind.UNSATISFIABLE) {
            return unsatisfiable(answer);
        }
        return headers(Response.status(answer.kind() == ByteRanges.Kind.PARTIAL ? 206 : 200), file, answer)
                .build();
    }

    private static Response unsatisfiable(ByteRanges.Answer answer) {
        return Response.fromResponse(Problem.of(
                                416,
                                "range-not-satisfiable",
                                "No byte of the recording is in the range asked for: it has " + answer.size()
                                        + " bytes.")
                        .toResponse())
                .header("Content-Range", answer.contentRange())
                .header("Accept-Ranges", "bytes")
                .build();
    }

    private static Response.ResponseBuilder headers(
            Response.ResponseBuilder response, PlayableFile file, ByteRanges.Answer answer) {
        response.type(WAV)
                .header("Accept-Ranges", "bytes")
                .header("Content-Length", answer.length())
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", Downloads.inlineDisposition(file.fileName()));
        if (answer.kind() == ByteRanges.Kind.PARTIAL) {
            response.header("Content-Range", answer.contentRange());
        }
        return response;
    }

    /** Sends {@code length} bytes from {@code first}, a chunk at a time: the file is never held whole. */
    private static void copy(FileChannel file, long first, long length, WritableByteChannel out) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        long position = first;
        long left = length;
        while (left > 0) {
            buffer.clear().limit((int) Math.min(CHUNK, left));
            int read = file.read(buffer, position);
            if (read < 0) {
                break; // the file shrank meanwhile: the client sees a short answer, the server no error
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            position += read;
            left -= read;
        }
    }
}
