package no.grunnmodell.platform;

import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Camunda's authorization manager with the set of authorized groups taken from {@link AuthorizedGroups} rather
 * than read from the database in every command. Every check itself is Camunda's, unchanged.
 */
final class NodeWideAuthorizationManager extends AuthorizationManager {

  private final AuthorizedGroups authorizedGroups;

  NodeWideAuthorizationManager(AuthorizedGroups authorizedGroups) {
    this.authorizedGroups = authorizedGroups;
  }

  @Override
  protected Set<String> getAllGroups() {
    return authorizedGroups.get(() -> getDbEntityManager().selectList("selectAuthorizedGroupIds"));
  }

  @Override
  public void insert(DbEntity authorization) {
    super.insert(authorization);
    forgetAfterCommitIfNew(authorization);
  }

  @Override
  public void update(AuthorizationEntity authorization) {
    super.update(authorization);
    forgetAfterCommitIfNew(authorization);
  }

  // Read again once the grant is committed; a read before the commit would not see it.
  private void forgetAfterCommitIfNew(DbEntity authorization) {
    if (authorization instanceof AuthorizationEntity entity && entity.getGroupId() != null
        && !authorizedGroups.knows(entity.getGroupId())) {
      Context.getCommandContext().getTransactionContext()
          .addTransactionListener(TransactionState.COMMITTED, context -> authorizedGroups.forget());
    }
  }

  /** Plugged into the engine in place of Camunda's own factory for this manager. */
  static final class Factory implements SessionFactory {

    private final AuthorizedGroups authorizedGroups;

    Factory(AuthorizedGroups authorizedGroups) {
      this.authorizedGroups = authorizedGroups;
    }

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new NodeWideAuthorizationManager(authorizedGroups);
    }
  }
}
