package io.github.ctyunjava.vpce;

import static io.github.ctyunjava.vpce.Fixture.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.local.junit.CtyunLocalTest;
import io.github.ctyunjava.vpce.model.CreateEndpointServiceWhitelistRequest;
import io.github.ctyunjava.vpce.model.CreateVpcRequest;
import io.github.ctyunjava.vpce.model.EndpointServiceWhitelistEntry;
import io.github.ctyunjava.vpce.model.ListEndpointServiceWhitelistRequest;
import io.github.ctyunjava.vpce.model.ListEndpointServiceWhitelistResponse;
import io.github.ctyunjava.vpce.model.ListVpcsRequest;
import io.github.ctyunjava.vpce.model.ListVpcsResponse;
import io.github.ctyunjava.vpce.model.NewListEndpointServiceWhitelistRequest;
import io.github.ctyunjava.vpce.model.NewListVpcsRequest;
import io.github.ctyunjava.vpce.model.NewListVpcsResponse;
import io.github.ctyunjava.vpce.model.Vpc;
import io.github.ctyunjava.vpce.paginators.Paginator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Paginators over the three paging shapes, against the emulator and against fake pages. */
@CtyunLocalTest
class PaginatorTest {
  static VpceClient client;
  static String svc;

  @BeforeAll
  static void seed(CtyunClient core) {
    client = VpceClient.builder().client(core).build();
    for (int i = 0; i < 12; i++) {
      client.createVpc(
          CreateVpcRequest.builder()
              .regionId(REGION)
              .name("page" + (char) ('a' + i))
              .cidr("10." + (200 + i) + ".0.0/16")
              .build());
    }
    Fixture net = new Fixture(client, "pgnet", "172.20");
    svc = net.createInterfaceService("pg-svc", true);
    for (int i = 0; i < 7; i++) {
      client.createEndpointServiceWhitelist(
          CreateEndpointServiceWhitelistRequest.builder()
              .regionId(REGION)
              .endpointServiceId(svc)
              .email("user" + i + "@example.com")
              .build());
    }
  }

  @Test
  void countsAtTheTopLevel() {
    Paginator<ListVpcsResponse, Vpc> p =
        client.listVpcsPaginator(ListVpcsRequest.builder().regionId(REGION).pageSize(5).build());
    List<Integer> sizes = new ArrayList<>();
    for (ListVpcsResponse page : p) {
      sizes.add(page.vpcs().size());
    }
    assertThat(sizes).containsExactly(5, 5, 3); // 12 VPCs here plus the fixture's one
    assertThat(p.allItems()).hasSize(13).extracting(Vpc::vpcId).doesNotHaveDuplicates();
  }

  @Test
  void countsInsideReturnObj() {
    Paginator<NewListVpcsResponse, Vpc> p =
        client.newListVpcsPaginator(
            NewListVpcsRequest.builder().regionId(REGION).pageSize(4).build());
    int pages = 0;
    for (NewListVpcsResponse page : p) {
      pages++;
      assertThat(page.totalCount()).isEqualTo(13);
    }
    assertThat(pages).isEqualTo(4);
    assertThat(p.allItems()).hasSize(13);
  }

  @Test
  void startsAtTheRequestedPage() {
    assertThat(
            client
                .newListVpcsPaginator(
                    NewListVpcsRequest.builder().regionId(REGION).pageSize(5).pageNo(3).build())
                .allItems())
        .hasSize(3);
  }

  @Test
  void noCountsAtAll() {
    Paginator<ListEndpointServiceWhitelistResponse, EndpointServiceWhitelistEntry> p =
        client.listEndpointServiceWhitelistPaginator(
            ListEndpointServiceWhitelistRequest.builder()
                .regionId(REGION)
                .endpointServiceId(svc)
                .pageSize(3)
                .build());
    assertThat(p.allItems())
        .extracting(EndpointServiceWhitelistEntry::email)
        .doesNotHaveDuplicates()
        .hasSize(7);
    assertThat(
            client
                .newListEndpointServiceWhitelistPaginator(
                    NewListEndpointServiceWhitelistRequest.builder()
                        .regionId(REGION)
                        .endpointServiceId(svc)
                        .pageSize(2)
                        .build())
                .allItems())
        .hasSize(7);
  }

  @Test
  void fakePagesStopOnEachRule() {
    List<List<String>> data =
        Arrays.asList(Arrays.asList("a", "b"), Arrays.asList("c", "d"), Arrays.asList("e"));
    List<Integer> fetched = new ArrayList<>();
    // no counts: a short page ends the list
    Paginator<List<String>, String> none =
        new Paginator<>(
            null,
            2,
            n -> {
              fetched.add(n);
              return n <= data.size() ? data.get(n - 1) : Collections.<String>emptyList();
            },
            r -> r,
            r -> null,
            r -> null);
    assertThat(none.allItems()).containsExactly("a", "b", "c", "d", "e");
    assertThat(fetched).containsExactly(1, 2, 3);
    // totalPage wins over page length
    fetched.clear();
    Paginator<List<String>, String> byPages =
        new Paginator<>(
            1,
            2,
            n -> {
              fetched.add(n);
              return data.get(n - 1);
            },
            r -> r,
            r -> 2,
            r -> null);
    assertThat(byPages.allItems()).containsExactly("a", "b", "c", "d");
    assertThat(fetched).containsExactly(1, 2);
    // totalCount
    Paginator<List<String>, String> byCount =
        new Paginator<>(1, 2, n -> data.get(n - 1), r -> r, r -> null, r -> 3);
    assertThat(byCount.allItems()).containsExactly("a", "b", "c", "d");
    // a server that ignores the page number does not loop forever
    Paginator<List<String>, String> stuck =
        new Paginator<>(1, 2, n -> data.get(0), r -> r, r -> null, r -> null);
    assertThat(stuck.allItems()).containsExactly("a", "b");
    assertThat(Paginator.first(Arrays.asList(null, 4), x -> x)).isEqualTo(4);
    assertThat(Paginator.flatten(null, (List<String> x) -> x)).isNull();
  }
}
