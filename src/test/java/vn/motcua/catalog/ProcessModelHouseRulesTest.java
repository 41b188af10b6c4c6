package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.identity.StaffRole;

/**
 * Every model in processes/ (and the test-only models in src/test/resources/processes) keeps the house rules
 * of conventions.md, so designers cannot drift from them.
 */
class ProcessModelHouseRulesTest {

    private static final Pattern GENERATED_ID = Pattern.compile("(Activity|Gateway|Event|StartEvent|EndEvent|Flow)_[0-9a-z]{7}");
    private static final Set<String> ROLES = Arrays.stream(StaffRole.values()).map(StaffRole::groupId).collect(Collectors.toSet());

    static Stream<Path> models() throws IOException {
        return Stream.concat(Files.walk(Path.of("processes")), Files.walk(Path.of("src/test/resources/processes")))
                .filter(p -> p.toString().endsWith(".bpmn")).sorted();
    }

    @ParameterizedTest
    @MethodSource("models")
    void namesTheProcessAfterItsFileAndKeepsHistoryForALimitedTime(Path file) {
        Process process = onlyExecutableProcess(read(file));

        assertThat(process.getId()).isEqualTo(file.getFileName().toString().replace(".bpmn", ""));
        assertThat(process.getCamundaHistoryTimeToLiveString()).as("camunda:historyTimeToLive").isNotBlank();
        assertThat(process.getName()).as("a Vietnamese name for Tasklist").isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("models")
    void laysOutEveryElementWithAMeaningfulId(Path file) {
        BpmnModelInstance model = read(file);
        List<String> ids = new ArrayList<>();
        model.getModelElementsByType(FlowNode.class).forEach(node -> ids.add(node.getId()));
        List<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId()).toList();

        assertThat(drawn).as("diagram shapes").containsAll(ids);
        assertThat(ids).noneMatch(id -> GENERATED_ID.matcher(id).matches());
    }

    @ParameterizedTest
    @MethodSource("models")
    void bindsEveryFormToTheDeploymentAndFindsItInForms(Path file) throws IOException {
        String procedure = file.getParent().getFileName().toString();
        Set<String> formIds = formIdsOf(Path.of("forms", procedure));
        BpmnModelInstance model = read(file);
        List<String[]> refs = new ArrayList<>();
        model.getModelElementsByType(UserTask.class).forEach(t -> refs.add(new String[] {t.getId(), t.getCamundaFormRef(), t.getCamundaFormRefBinding()}));
        model.getModelElementsByType(StartEvent.class).stream().filter(s -> s.getCamundaFormRef() != null)
                .forEach(s -> refs.add(new String[] {s.getId(), s.getCamundaFormRef(), s.getCamundaFormRefBinding()}));

        for (String[] ref : refs) {
            assertThat(ref[1]).as(ref[0] + " camunda:formRef").isNotBlank();
            assertThat(ref[2]).as(ref[0] + " camunda:formRefBinding").isEqualTo("deployment");
            assertThat(formIds).as(ref[0] + " form in forms/" + procedure).contains(ref[1]);
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void offersUserTasksToStaffRolesAndCallsServiceTasksThroughSpringBeans(Path file) {
        BpmnModelInstance model = read(file);

        model.getModelElementsByType(UserTask.class).forEach(task ->
                assertThat(ROLES).as(task.getId() + " candidate groups").containsAll(List.of(task.getCamundaCandidateGroups().split("\\s*,\\s*"))));
        model.getModelElementsByType(ServiceTask.class).forEach(task -> {
            assertThat(task.getCamundaClass()).as(task.getId() + " camunda:class").isNull();
            assertThat(task.getCamundaDelegateExpression()).as(task.getId() + " delegateExpression").startsWith("${");
        });
    }

    private static Set<String> formIdsOf(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        var json = new ObjectMapper();
        try (Stream<Path> forms = Files.list(folder)) {
            return forms.filter(f -> f.toString().endsWith(".form")).map(f -> {
                try {
                    return json.readTree(f.toFile()).get("id").asText();
                } catch (IOException e) {
                    throw new IllegalStateException(f.toString(), e);
                }
            }).collect(Collectors.toSet());
        }
    }

    private static Process onlyExecutableProcess(BpmnModelInstance model) {
        List<Process> executable = model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).toList();
        assertThat(executable).hasSize(1);
        return executable.get(0);
    }

    private static BpmnModelInstance read(Path file) {
        return Bpmn.readModelFromFile(file.toFile());
    }
}
