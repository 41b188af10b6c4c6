package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.digitisation.Documents;
import vn.motcua.identity.Offices;
import vn.motcua.shared.InvalidRequest;
import vn.motcua.shared.InvalidRequest.FieldProblem;
import vn.motcua.shared.PlainText;
import vn.motcua.shared.Time;
import vn.motcua.shared.UntrustedJson;

/**
 * A dossier submitted online: checks every field (all problems at once), digitises the uploaded
 * components into the applicant's store, takes reused ones from it, and registers the dossier, all in
 * one transaction. A retried submission with the same idempotency key returns the first dossier.
 * A crash half-way commits nothing; files already written are unreferenced and swept.
 */
@Service
class OnlineIntake {

    static final String ONLINE_SCANNER = "online";
    private static final Pattern PHONE = Pattern.compile("0[0-9]{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_.:-]{8,100}");
    private static final ObjectMapper JSON = new ObjectMapper(UntrustedJson.factory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Dossiers dossiers;
    private final ProcedureCatalog catalog;
    private final Offices offices;
    private final Documents documents;
    private final ComponentFiles componentFiles;
    private final TransactionTemplate transaction;

    OnlineIntake(Dossiers dossiers, ProcedureCatalog catalog, Offices offices, Documents documents,
            ComponentFiles componentFiles, PlatformTransactionManager transactions) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.offices = offices;
        this.documents = documents;
        this.componentFiles = componentFiles;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The application part of the submission. */
    record Application(String procedureCode, String officeId, ApplicantForm applicant, Map<String, String> details,
            Map<String, String> reuse) {
    }

    record ApplicantForm(String name, String idNumber, String phone, String email, String address) {
    }


    /** The dossier, and whether it is the answer to an earlier submission with the same key. */
    record Outcome(Dossier dossier, boolean replayed) {
    }

    Outcome submit(String applicationJson, List<PublicDossiers.File> uploads, String idempotencyKey) {
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidRequest("Idempotency-Key", "8 to 100 letters, digits or _ . : -");
        }
        String hash = hash(applicationJson, uploads);
        if (idempotencyKey != null) {
            var earlier = replay(idempotencyKey, hash);
            if (earlier != null) {
                return earlier;
            }
        }
        Application application = parse(applicationJson);
        Procedure procedure = check(application, uploads);
        try {
            return new Outcome(transaction.execute(status -> register(application, procedure, uploads, idempotencyKey, hash)), false);
        } catch (DuplicateKeyException sameKeyAtTheSameTime) {
            var earlier = idempotencyKey == null ? null : replay(idempotencyKey, hash);
            if (earlier == null) {
                throw sameKeyAtTheSameTime;
            }
            return earlier;
        }
    }

    private Outcome replay(String idempotencyKey, String hash) {
        return dossiers.findByIdempotencyKey(idempotencyKey).map(dossier -> {
            if (!hash.equals(dossiers.requestHashOf(dossier.code()))) {
                throw InvalidRequest.unprocessable(List.of(new FieldProblem("Idempotency-Key",
                        "was used for a different submission (dossier " + dossier.code() + ")")));
            }
            return new Outcome(dossier, true);
        }).orElse(null);
    }

    private static Application parse(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidRequest("application", "the JSON part 'application' is required");
        }
        try {
            Application application = JSON.readValue(json, Application.class);
            if (application == null) {
                throw new InvalidRequest("application", "the JSON part 'application' is empty");
            }
            return application;
        } catch (JsonProcessingException e) {
            throw new InvalidRequest(List.of(UntrustedJson.problem("application", e)));
        }
    }

    /** Every field at once: 400 for malformed values, 422 for well-formed ones that cannot be accepted. */
    private Procedure check(Application a, List<PublicDossiers.File> uploads) {
        List<FieldProblem> malformed = new ArrayList<>();
        List<FieldProblem> refused = new ArrayList<>();
        Procedure procedure = null;
        if (blank(a.procedureCode())) {
            malformed.add(new FieldProblem("procedureCode", "is required"));
        } else {
            procedure = catalog.find(a.procedureCode()).orElse(null);
            if (procedure == null) {
                refused.add(new FieldProblem("procedureCode", "no procedure with code '" + a.procedureCode() + "'"));
            } else if (!procedure.level().acceptsOnlineDossiers()) {
                refused.add(new FieldProblem("procedureCode", "procedure " + procedure.code() + " is not offered online"));
            }
        }
        if (blank(a.officeId())) {
            malformed.add(new FieldProblem("officeId", "is required"));
        } else if (offices.find(a.officeId()).isEmpty()) {
            refused.add(new FieldProblem("officeId", "no office with id '" + a.officeId() + "'"));
        }
        checkApplicant(a.applicant(), malformed);
        if (procedure != null && refused.stream().noneMatch(p -> p.field().equals("procedureCode"))) {
            checkDetails(procedure, a.details(), malformed);
            checkComponents(procedure, a, uploads, malformed, refused);
        }
        if (!malformed.isEmpty()) {
            malformed.addAll(refused);
            throw new InvalidRequest(malformed);
        }
        if (!refused.isEmpty()) {
            throw InvalidRequest.unprocessable(refused);
        }
        return procedure;
    }

    private static void checkApplicant(ApplicantForm applicant, List<FieldProblem> problems) {
        if (applicant == null) {
            problems.add(new FieldProblem("applicant", "is required"));
            return;
        }
        if (blank(applicant.name()) || applicant.name().length() > 200) {
            problems.add(new FieldProblem("applicant.name", "is required, at most 200 characters"));
        } else if (PlainText.hasHiddenCharacter(applicant.name())) {
            problems.add(new FieldProblem("applicant.name", PlainText.refusal(applicant.name())));
        }
        String idProblem = IdNumber.problemWith(applicant.idNumber());
        if (idProblem != null) {
            problems.add(new FieldProblem("applicant.idNumber", idProblem));
        }
        if (!blank(applicant.phone()) && !PHONE.matcher(applicant.phone()).matches()) {
            problems.add(new FieldProblem("applicant.phone", "10 digits starting with 0"));
        }
        if (!blank(applicant.email()) && !EMAIL.matcher(applicant.email()).matches()) {
            problems.add(new FieldProblem("applicant.email", "is not an e-mail address"));
        }
        if (!blank(applicant.address()) && applicant.address().length() > 400) {
            problems.add(new FieldProblem("applicant.address", "at most 400 characters"));
        } else if (PlainText.hasHiddenCharacter(applicant.address())) {
            problems.add(new FieldProblem("applicant.address", PlainText.refusal(applicant.address())));
        }
    }

    /** Only the details the procedure declares, each required one present, each matching its pattern. */
    private static void checkDetails(Procedure procedure, Map<String, String> given, List<FieldProblem> problems) {
        Map<String, String> details = given == null ? Map.of() : given;
        details.keySet().stream().filter(key -> procedure.details().stream().noneMatch(d -> d.key().equals(key))).sorted()
                .forEach(key -> problems.add(new FieldProblem("details." + key, "is not a field of procedure " + procedure.code())));
        for (Procedure.Detail detail : procedure.details()) {
            String value = details.get(detail.key());
            String field = "details." + detail.key();
            if (blank(value)) {
                if (detail.required()) {
                    problems.add(new FieldProblem(field, "is required: " + detail.label().vi()));
                }
            } else if (value.length() > 400) {
                problems.add(new FieldProblem(field, "at most 400 characters"));
            } else if (PlainText.hasHiddenCharacter(value)) {
                problems.add(new FieldProblem(field, PlainText.refusal(value)));
            } else if (detail.pattern() != null && !value.trim().matches(detail.pattern())) {
                problems.add(new FieldProblem(field, "'" + value + "' is not a valid " + detail.label().vi()));
            }
        }
    }

    private void checkComponents(Procedure procedure, Application a, List<PublicDossiers.File> uploads, List<FieldProblem> malformed,
            List<FieldProblem> refused) {
        Map<String, String> reuse = a.reuse() == null ? Map.of() : a.reuse();
        for (PublicDossiers.File upload : uploads) {
            if (procedure.component(upload.part()).isEmpty()) {
                malformed.add(new FieldProblem("components." + upload.part(),
                        "is not a component of procedure " + procedure.code()));
            }
        }
        String owner = a.applicant() == null ? null : a.applicant().idNumber();
        reuse.forEach((code, documentId) -> {
            String field = "reuse." + code;
            var component = procedure.component(code);
            if (component.isEmpty()) {
                malformed.add(new FieldProblem(field, "is not a component of procedure " + procedure.code()));
            } else if (!component.get().reusable()) {
                refused.add(new FieldProblem(field, "this component must be handed in anew"));
            } else if (!isUuid(documentId)) {
                malformed.add(new FieldProblem(field, "'" + documentId + "' is not a document id"));
            } else if (owner == null || documents.findForOwner(UUID.fromString(documentId), owner).isEmpty()) {
                refused.add(new FieldProblem(field, "no document " + documentId + " in the applicant's store"));
            }
        });
        for (Procedure.Component component : procedure.components()) {
            boolean given = reuse.containsKey(component.code())
                    || uploads.stream().anyMatch(u -> u.part().equals(component.code()));
            if (component.mandatory() && !given) {
                refused.add(new FieldProblem("components." + component.code(), "is required: " + component.name().vi()));
            }
        }
    }

    private Dossier register(Application a, Procedure procedure, List<PublicDossiers.File> uploads, String key, String hash) {
        String owner = a.applicant().idNumber();
        List<Dossier.ComponentDocument> components = new ArrayList<>(
                componentFiles.digitise(procedure, owner, ONLINE_SCANNER, uploads, code -> "components." + code));
        (a.reuse() == null ? Map.<String, String>of() : a.reuse())
                .forEach((code, id) -> components.add(new Dossier.ComponentDocument(code, UUID.fromString(id), true)));
        var applicant = new Applicant(a.applicant().name().trim(), new IdNumber(owner), blankToNull(a.applicant().phone()),
                blankToNull(a.applicant().email()), blankToNull(a.applicant().address()));
        Map<String, String> details = new java.util.TreeMap<>();
        (a.details() == null ? Map.<String, String>of() : a.details()).forEach((k, v) -> {
            if (!blank(v)) {
                details.put(k, v.trim());
            }
        });
        return dossiers.receive(new Registration(procedure, a.officeId(), Channel.ONLINE, applicant, details, Time.now(), null,
                components, key, hash));
    }

    private static String hash(String applicationJson, List<PublicDossiers.File> uploads) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.valueOf(applicationJson).getBytes(StandardCharsets.UTF_8));
            Map<String, String> parts = new LinkedHashMap<>();
            uploads.forEach(u -> parts.put(u.part() + "/" + u.fileName(), String.valueOf(u.size())));
            digest.update(parts.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(String.valueOf(text));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text.trim();
    }
}
