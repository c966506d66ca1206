package io.enterpriseconnect.instance.contributions.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.enterpriseconnect.instance.contributions.domain.CloudCount;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CloudContributionClientTest {

    @Test
    void aBatchCarriesOnlyTheCloudUserTheDayAndTheCount() {
        UUID id = UUID.fromString("7d1b5c1e-2f61-4c5f-9d55-3a0b7d3f7a10");
        String json = CloudContributionClient.batchJson(id, List.of(new CloudCount(42, LocalDate.of(2026, 11, 2), 3),
                new CloudCount(7, LocalDate.of(2026, 8, 5), 0)));
        JsonObject batch = Json.createReader(new StringReader(json)).readObject();
        assertEquals(id.toString(), batch.getString("batch_id"));
        assertEquals(2, batch.getJsonArray("counts").size());
        assertEquals(Json.createObjectBuilder().add("user_id", 42).add("day", "2026-11-02").add("count", 3).build(),
                batch.getJsonArray("counts").getJsonObject(0));
        assertEquals(0, batch.getJsonArray("counts").getJsonObject(1).getInt("count"));
    }
}
