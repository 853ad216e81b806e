package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.Access.ADMIN;
import static vn.tinradar.deploy.web.signin.Access.VIEWER;
import static vn.tinradar.deploy.web.signin.SignIn.principal;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import vn.tinradar.alerts.policy.FeedbackDocx;
import vn.tinradar.alerts.policy.PolicyPage;
import vn.tinradar.alerts.policy.book.PolicyForm;
import vn.tinradar.alerts.policy.book.SettingsPolicyLocked;
import vn.tinradar.deploy.web.http.HttpErrors;
import vn.tinradar.deploy.web.http.Params;

/**
 * Draft policies under consultation (Đề án 407): the list the rules follow (settings and dashboard), adding,
 * editing or deleting one (admin; the settings file's own cannot be deleted here), a policy's page, and its compiled feedback as a DOCX for the drafting unit.
 */
final class PolicyRoutes implements WebFeature {

    private final Backends backends;

    PolicyRoutes(Backends backends) {
        this.backends = backends;
    }

    @Override
    public void declare(RouteTable routes) {
        routes.get("/api/policies",                    VIEWER, ctx -> ctx.json(Map.of("policies", backends.needAlerts().policies())))
              .post("/api/policies",                   ADMIN,  this::save)
              .delete("/api/policies/{id}",            ADMIN,  this::delete)
              .get("/api/policies/{id}",               VIEWER, ctx -> ctx.json(backends.needAlerts().policyPage(ctx.pathParam("id"))))
              .get("/api/policies/{id}/feedback.docx", VIEWER, this::docx);
    }

    private void save(Context ctx) {
        ctx.status(HttpStatus.CREATED).json(backends.needAlerts().policyBook()
                .save(Params.jsonBody(ctx, PolicyForm.class), principal(ctx).name()));
    }

    /** 200 with the settings' policy followed again, 204 when the id is gone; 409 for one of the settings file. */
    private void delete(Context ctx) {
        try {
            backends.needAlerts().deletePolicy(ctx.pathParam("id"), principal(ctx).name()).ifPresentOrElse(
                    restored -> ctx.json(Map.of("deleted", ctx.pathParam("id"), "followedAgain", restored)),
                    () -> ctx.status(HttpStatus.NO_CONTENT));
        } catch (SettingsPolicyLocked e) {
            HttpErrors.error(ctx, HttpStatus.CONFLICT, e.getMessage());
        }
    }

    private void docx(Context ctx) {
        PolicyPage page = backends.needAlerts().policyPage(ctx.pathParam("id"));
        ctx.contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        ctx.header("Content-Disposition", "attachment; filename=\"tong-hop-y-kien-" + page.policy().id() + ".docx\"");
        ctx.result(FeedbackDocx.write(page.feedback()));
    }
}
