const track = (wait, event, sub, row) => ({ [wait]: [ 230, row ], [event]: [ 320, row ], [sub]: [ 440, row ] });
const CHANNEL = { row: 4, dy: -64 };
const trackRoutes = (toTrack, ended, dropped, row) => ({
  [toTrack]: [ [ 1150, CHANNEL ], [ 180, CHANNEL ], [ 180, { row } ] ],
  [ended]: { via: { row, dy: -56 } },
  [dropped]: { via: { row, dy: 56 } }
});
export default {
  names: {
    Timer_EvaluationDue: 'Dato for evaluering nådd',
    EndEvent_FollowUpEnded: 'Oppfølgingen er avsluttet',
    StartEvent_AgeLimitApproaching: 'Den unge fyller snart 25'
  },
  planes: [
    {
      element: 'AftercareCourse',
      expanded: [ 'SubProcess_Aftercare' ],
      lanes: [
        { id: 'Lane_Leder', name: 'Leder', rows: 2 },
        { id: 'Lane_Kontaktperson', name: 'Kontaktperson', rows: 4 },
        { id: 'Lane_Tiltaksarbeider', name: 'Tiltaksarbeider', rows: 2 }
      ],
      rowHeights: [ 100, 110, 120, 100, 140, 130, 130, 130 ],
      padRight: 20,
      box: { SubProcess_Aftercare: [ 142, { row: 0, dy: 6 }, 1618, { row: 8, dy: -6 } ] },
      at: {
        StartEvent_YoungPersonRegistered: [ 92, 2 ],
        EndEvent_CourseEnded: [ 1810, 2 ],
        EndEvent_AgeLimit: [ 1810, 5 ],
        SubProcess_ConsentWithdrawn: [ 1820, 7 ],
        StartEvent_AftercareStarted: [ 190, 2 ],
        Gateway_ConversationAgeReached: [ 265, 2 ],
        Timer_ConversationAge: [ 265, 3 ],
        Gateway_ConversationMerge: [ 345, 2 ],
        Gateway_ConversationAgainMerge: [ 422, 2 ],
        Task_AftercareConversation: [ 520, 2 ],
        Gateway_YoungPersonAnswer: [ 660, 2 ],
        Task_DecideAftercare: [ 660, 1 ],
        Gateway_AftercareGranted: [ 920, 1 ],
        EndEvent_AftercareRefused: [ 1040, 1 ],
        Task_AskAgainAboutAftercare: [ 775, 2 ],
        Gateway_ChangedMind: [ 870, 3 ],
        EndEvent_ConsentRefused: [ 960, 3 ],
        Timer_NextConversation: [ 660, 3 ],
        Task_WhatMattersConversation: [ 920, 2 ],
        Task_AgreeLifeAreaPlan: [ 1045, 2 ],
        Gateway_CourseSplit: [ 1150, 2 ],
        Gateway_EvaluationWaitMerge: [ 640, 4 ],
        Gateway_AwaitEvaluation: [ 720, 4 ],
        Timer_EvaluationDue: [ 800, 4 ],
        Event_EvaluationRequested: [ 800, 5 ],
        Gateway_EvaluationMerge: [ 880, 4 ],
        Task_EvaluateWithYoungPerson: [ 980, 4 ],
        Gateway_EvaluationOutcome: [ 1130, 4 ],
        Task_CloseAftercare: [ 1250, 3 ],
        Task_DecideAftercareEnd: [ 1250, 1 ],
        Gateway_YoungPersonMoved: [ 1370, 1 ],
        CallActivity_CourseHandover: [ 1370, 2 ],
        Gateway_CourseClosedMerge: [ 1640, 1 ],
        EndEvent_CourseClosed: [ 1720, 1 ],
        Task_RevisePlan: [ 1250, 4 ],
        Gateway_MeasuresChanged: [ 1370, 4 ],
        Task_DecideAftercareChange: [ 1460, 0 ],
        Gateway_RevisionMerge: [ 1560, 4 ],
        SubProcess_AgeLimitApproaching: [ 1300, 7 ],
        ...track('Gateway_NetworkWait', 'Event_NetworkInPlan', 'SubProcess_Network', 4),
        ...track('Gateway_CollaborationWait', 'Event_CollaborationInPlan', 'SubProcess_Collaboration', 5),
        ...track('Gateway_FollowUpWait', 'Event_FollowUpInPlan', 'SubProcess_FollowUpSessions', 6),
        ...track('Gateway_SupportWait', 'Event_SupportInPlan', 'SubProcess_Support', 7)
      },
      attach: {
        Timer_AgeLimitReached: [ 'right', 0.663 ],
        Boundary_FollowUpDropped: [ 'bottom', 0.9 ], Boundary_SupportDropped: [ 'bottom', 0.9 ],
        Boundary_NetworkDropped: [ 'bottom', 0.9 ], Boundary_CollaborationDropped: [ 'bottom', 0.9 ]
      },
      routes: {
        Flow_ConversationAgeNowReached: 'hv',
        Flow_NextConversationDue: 'hv',
        Flow_ChangedMind: { via: { row: 3, dy: 44 } },
        Flow_AskedAgain: 'vh',
        Flow_Registered: 'hs',
        Flow_AftercareEnded: 'ht',
        Flow_ToEvaluationCycle: [ [ 1150, CHANNEL ], [ 590, CHANNEL ], [ 590, { row: 4 } ] ],
        Flow_Continue: { via: { row: 4, dy: 58 } },
        Flow_RevisionDone: { via: { row: 4, dy: 58 } },
        Flow_Close: 'vh',
        Flow_EvaluationRequested: 'hv',
        Flow_MeasuresChanged: [ [ 1370, { row: 3 } ], [ 1460, { row: 3 } ] ],
        Flow_ChangeDecided: 'hv',
        Flow_YoungPersonStayed: 'h',
        Flow_HandoverDone: 'hv',
        Flow_AgeLimitReached: 'h',
        ...trackRoutes('Flow_ToNetworkTrack', 'Flow_NetworkEnded', 'Flow_NetworkDropped', 4),
        ...trackRoutes('Flow_ToCollaborationTrack', 'Flow_CollaborationEnded', 'Flow_CollaborationDropped', 5),
        ...trackRoutes('Flow_ToFollowUpTrack', 'Flow_FollowUpEnded', 'Flow_FollowUpDropped', 6),
        ...trackRoutes('Flow_ToSupportTrack', 'Flow_SupportEnded', 'Flow_SupportDropped', 7)
      },
      labels: {
        Boundary_FollowUpDropped: 'right', Boundary_SupportDropped: 'right',
        Boundary_NetworkDropped: 'right', Boundary_CollaborationDropped: 'right',
        Gateway_YoungPersonAnswer: 'above-left',
        Gateway_ConversationAgeReached: 'above',
        Gateway_ChangedMind: 'above-right',
        Gateway_AftercareGranted: 'above',
        Gateway_EvaluationOutcome: 'above-left',
        Gateway_YoungPersonMoved: 'above',
        Timer_AgeLimitReached: 'above-right'
      },
      flowLabels: { Flow_ThinkingItOver: [ -86, 4 ] }
    },
    {
      element: 'SubProcess_FollowUpSessions',
      lanes: [ { id: 'Lane_KontaktpersonEllerTiltaksarbeider', name: 'Kontaktperson eller tiltaksarbeider', rows: 1 } ],
      at: {
        StartEvent_FollowUpStarts: [ 100, 0 ], Gateway_SessionMerge: [ 190, 0 ],
        Task_LogFollowUpSession: [ 310, 0 ], Gateway_MoreSessions: [ 440, 0 ], EndEvent_FollowUpEnded: [ 540, 0 ]
      },
      routes: { Flow_MoreSessions: { via: { row: 0, dy: 58 } } },
      labels: { Gateway_MoreSessions: 'above', Gateway_SessionMerge: 'above' }
    },
    {
      element: 'SubProcess_Support',
      lanes: [ { id: 'Lane_KontaktpersonEllerTiltaksarbeider', name: 'Kontaktperson eller tiltaksarbeider', rows: 1 },
        { id: 'Lane_Kontaktperson', name: 'Kontaktperson', rows: 1 } ],
      rowHeights: [ 120, 120 ],
      at: {
        StartEvent_SupportStarts: [ 100, 0 ], Task_StartSupportMeasure: [ 230, 0 ],
        Task_RecordSupportMeasureEnded: [ 420, 1 ], EndEvent_SupportEnded: [ 580, 1 ]
      }
    },
    {
      element: 'SubProcess_Network',
      lanes: [ { id: 'Lane_Kontaktperson', name: 'Kontaktperson', rows: 2 } ],
      at: {
        StartEvent_NetworkStarts: [ 100, 0 ], Gateway_NetworkMeetingMerge: [ 190, 0 ],
        Task_HoldNetworkMeeting: [ 330, 0 ], Gateway_AnotherNetworkMeeting: [ 480, 0 ],
        Timer_NextNetworkMeeting: [ 330, 1 ], EndEvent_NetworkEnded: [ 580, 0 ]
      },
      routes: { Flow_NextNetworkMeetingPlanned: 'vh', Flow_NextNetworkMeetingDue: 'hv' },
      labels: { Gateway_AnotherNetworkMeeting: 'above', Gateway_NetworkMeetingMerge: 'above' }
    },
    {
      element: 'SubProcess_Collaboration',
      lanes: [ { id: 'Lane_Kontaktperson', name: 'Kontaktperson', rows: 2 } ],
      at: {
        StartEvent_CollaborationStarts: [ 100, 0 ], Task_ConsentInformationSharing: [ 240, 0 ],
        Gateway_SharingConsent: [ 390, 0 ], EndEvent_NoSharingConsent: [ 390, 1 ],
        Gateway_CollaborationMeetingMerge: [ 480, 0 ], Task_HoldCollaborationMeeting: [ 620, 0 ],
        Gateway_AnotherCollaborationMeeting: [ 770, 0 ], Timer_NextCollaborationMeeting: [ 620, 1 ],
        EndEvent_CollaborationEnded: [ 870, 0 ]
      },
      routes: { Flow_NextCollaborationMeetingPlanned: 'vh', Flow_NextCollaborationMeetingDue: 'hv' },
      labels: { Gateway_AnotherCollaborationMeeting: 'above', Gateway_CollaborationMeetingMerge: 'above',
        Gateway_SharingConsent: 'above' }
    },
    {
      element: 'SubProcess_AgeLimitApproaching',
      lanes: [ { id: 'Lane_Leder', name: 'Leder', rows: 1 }, { id: 'Lane_Kontaktperson', name: 'Kontaktperson', rows: 2 } ],
      rowHeights: [ 120, 120, 110 ],
      at: {
        StartEvent_AgeLimitApproaching: [ 100, 1 ], Task_PrepareAgeLimitClosure: [ 240, 1 ],
        Gateway_AftercareInForce: [ 380, 1 ], Task_DecideAftercareEndAtAgeLimit: [ 380, 0 ],
        EndEvent_AgeLimitEndDecided: [ 530, 0 ], EndEvent_AgeLimitClosurePrepared: [ 380, 2 ]
      },
      labels: { Gateway_AftercareInForce: 'right' }
    },
    {
      element: 'SubProcess_ConsentWithdrawn',
      lanes: [ { id: 'Lane_Kontaktperson', name: 'Kontaktperson', rows: 2 } ],
      at: {
        StartEvent_ConsentWithdrawn: [ 100, 0 ], Task_RecordConsentWithdrawal: [ 250, 0 ],
        EndEvent_ConsentWithdrawn: [ 420, 0 ], EndEvent_AgeLimitDuringWithdrawal: [ 420, 1 ]
      },
      attach: { Timer_AgeLimitDuringWithdrawal: [ 'bottom', 0.5 ] }
    }
  ]
};
