package org.measura.minimal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** One JSON operation: the body read into a map and written back, as small as a JSON REST app gets. */
@Path("/echo")
public class Echo {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> echo(Map<String, Object> body) {
        return body;
    }
}
