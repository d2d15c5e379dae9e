package org.laborbridge.support;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Real HTTP against the running test server, as a demo user or anonymously. */
public final class ApiClient {

    public static final String DEMO_PASSWORD = "laborbridge-demo";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final int port;
    private final String authorization;
    private final String language;

    private ApiClient(int port, String authorization, String language) {
        this.port = port;
        this.authorization = authorization;
        this.language = language;
    }

    public static ApiClient as(int port, String username) {
        return as(port, username, DEMO_PASSWORD);
    }

    public static ApiClient as(int port, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(port, "Basic " + token, null);
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient(port, null, null);
    }

    public ApiClient language(String languageTag) {
        return new ApiClient(port, authorization, languageTag);
    }

    public Reply get(String path) {
        return send(request(path).GET().build());
    }

    public Reply post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public Reply put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** The body as bytes, for downloads such as XLSX. */
    public byte[] download(String path) {
        try {
            HttpResponse<byte[]> response =
                    HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** A multipart/form-data POST with one file part named {@code file}. */
    public Reply postFile(String path, String fileName, byte[] content) {
        String boundary = "laborbridge-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return builder;
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response);
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    public record Reply(int status, String contentType, String body, HttpResponse<String> response) {

        public Object json(String path) {
            return JsonPath.read(body, "$." + path);
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }
}
