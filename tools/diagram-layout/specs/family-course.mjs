const track = (wait, event, sub, row) => ({
  [wait]: [ 1330, row ], [event]: [ 1420, row ], [sub]: [ 1540, row ]
});
const trackRoutes = (toTrack, ended, dropped, row) => ({
  [toTrack]: { mx: 1260 },
  [ended]: { via: { row, dy: -58 } },
  [dropped]: { via: { row, dy: 58 } }
});
export default {
  names: {
    Timer_EvaluationDue: 'Dato for evaluering nådd',
    EndEvent_NetworkEnded: 'Nettverksmøtene er gjennomført'
  },
  planes: [
    {
      element: 'FamilyCourse',
      lanes: [
        { id: 'Lane_Leder', name: 'Leder', rows: 1 },
        { id: 'Lane_System', name: 'System', rows: 1 },
        { id: 'Lane_Kontaktperson', name: 'Kontaktperson', rows: 4 },
        { id: 'Lane_Tiltaksarbeider', name: 'Tiltaksarbeider', rows: 2 }
      ],
      rowHeights: [ 100, 100, 110, 120, 130, 130, 130, 130 ],
      at: {
        StartEvent_DecisionReceived: [ 130, 2 ],
        Task_CheckTargetGroup: [ 130, 1 ],
        Gateway_WithinTargetGroup: [ 245, 1 ],
        Task_ReviewOutsideTargetGroup: [ 245, 0 ],
        Gateway_StartAnyway: [ 365, 0 ],
        EndEvent_OutsideTargetGroup: [ 460, 0 ],
        Gateway_IntakeMerge: [ 365, 2 ],
        Task_RegisterIntake: [ 495, 2 ],
        Task_ObtainConsent: [ 650, 2 ],
        Gateway_ConsentGiven: [ 760, 2 ],
        EndEvent_ConsentRefused: [ 760, 1 ],
        CallActivity_StartupPhase: [ 870, 2 ],
        Gateway_CourseSplit: [ 980, 2 ],
        Gateway_EvaluationWaitMerge: [ 150, 3 ],
        Gateway_AwaitEvaluation: [ 240, 3 ],
        Timer_EvaluationDue: [ 320, 3 ],
        Event_EvaluationRequested: [ 320, 4 ],
        Gateway_EvaluationMerge: [ 400, 3 ],
        Task_EvaluatePlan: [ 505, 3 ],
        Gateway_EvaluationOutcome: [ 625, 3 ],
        Gateway_RevisionMerge: [ 720, 3 ],
        Task_ReviseMeasurePlan: [ 830, 3 ],
        CallActivity_SpecialisedReferral: [ 752, 4 ],
        Gateway_ReferralGranted: [ 870, 4 ],
        Gateway_MeasureAlongside: [ 960, 4 ],
        CallActivity_SpecialisedMeasure: [ 1070, 4 ],
        EndEvent_SpecialisedMeasureEnded: [ 1180, 4 ],
        Task_CloseCourse: [ 775, 5 ],
        Gateway_FamilyMoved: [ 920, 5 ],
        CallActivity_CourseHandover: [ 1030, 5 ],
        Gateway_CourseClosedMerge: [ 1130, 5 ],
        EndEvent_CourseClosed: [ 1210, 5 ],
        SubProcess_ConsentWithdrawn: [ 1100, 3 ],
        ...track('Gateway_NetworkWait', 'Event_NetworkInPlan', 'SubProcess_Network', 4),
        ...track('Gateway_CollaborationWait', 'Event_CollaborationInPlan', 'SubProcess_Collaboration', 5),
        ...track('Gateway_GuidanceWait', 'Event_GuidanceInPlan', 'SubProcess_Guidance', 6),
        ...track('Gateway_SupportWait', 'Event_SupportInPlan', 'SubProcess_Support', 7)
      },
      attach: {
        Boundary_GuidanceDropped: [ 'bottom', 0.8 ], Boundary_SupportDropped: [ 'bottom', 0.8 ],
        Boundary_NetworkDropped: [ 'bottom', 0.8 ], Boundary_CollaborationDropped: [ 'bottom', 0.8 ]
      },
      routes: {
        Flow_WithinTargetGroup: 'vh',
        Flow_ToEvaluationCycle: [ [ 980, { row: 3, dy: -64 } ], [ 90, { row: 3, dy: -64 } ], [ 90, { row: 3 } ] ],
        Flow_Continue: { via: { row: 3, dy: -52 } },
        Flow_PlanRevised: { via: { row: 3, dy: -52 } },
        Flow_Close: 'vh',
        Flow_Refer: 'vh',
        Flow_FamilyStayed: { via: { row: 5, dy: 52 } },
        Flow_HandoverDone: 'h',
        Flow_ReferralNotGranted: { via: { row: 3, dy: 52 } },
        Flow_MunicipalMeasuresContinue: { via: { row: 4, dy: 58 } },
        Flow_EvaluationRequested: 'hv',
        ...trackRoutes('Flow_ToNetworkTrack', 'Flow_NetworkEnded', 'Flow_NetworkDropped', 4),
        ...trackRoutes('Flow_ToCollaborationTrack', 'Flow_CollaborationEnded', 'Flow_CollaborationDropped', 5),
        ...trackRoutes('Flow_ToGuidanceTrack', 'Flow_GuidanceEnded', 'Flow_GuidanceDropped', 6),
        ...trackRoutes('Flow_ToSupportTrack', 'Flow_SupportEnded', 'Flow_SupportDropped', 7)
      },
      labels: {
        Boundary_GuidanceDropped: 'right', Boundary_SupportDropped: 'right',
        Boundary_NetworkDropped: 'right', Boundary_CollaborationDropped: 'right',
        EndEvent_ConsentRefused: 'right',
        Gateway_WithinTargetGroup: 'right',
        Gateway_StartAnyway: 'above',
        Gateway_EvaluationOutcome: 'above-right',
        Gateway_FamilyMoved: 'above',
        Gateway_ReferralGranted: 'below'
      },
      padRight: 100,
      flowLabels: {
        Flow_Refer: [ 8, 86 ],
        Flow_Continue: [ -52, -20 ],
        Flow_Close: [ 8, 216 ]
      }
    },
    {
      element: 'SubProcess_Guidance',
      lanes: [ { id: 'Lane_KontaktpersonEllerTiltaksarbeider', name: 'Kontaktperson eller tiltaksarbeider', rows: 1 } ],
      at: {
        StartEvent_GuidanceStarts: [ 100, 0 ], Gateway_GuidanceSessionMerge: [ 190, 0 ],
        Task_LogGuidanceSession: [ 310, 0 ], Gateway_GuidanceContinues: [ 440, 0 ], EndEvent_GuidanceEnded: [ 540, 0 ]
      },
      routes: { Flow_MoreSessions: { via: { row: 0, dy: 58 } } },
      labels: { Gateway_GuidanceContinues: 'above', Gateway_GuidanceSessionMerge: 'above' }
    },
    {
      element: 'SubProcess_Support',
      lanes: [ { id: 'Lane_Kontaktperson', name: 'Kontaktperson', rows: 1 }, { id: 'Lane_Tiltaksarbeider', name: 'Tiltaksarbeider', rows: 1 } ],
      rowHeights: [ 120, 120 ],
      at: {
        StartEvent_SupportStarts: [ 100, 1 ], Task_StartSupportMeasure: [ 230, 1 ],
        Task_RecordSupportMeasureEnded: [ 420, 0 ], EndEvent_SupportEnded: [ 580, 0 ]
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
        StartEvent_CollaborationStarts: [ 100, 0 ], Task_ConsentInformationSharing: [ 230, 0 ],
        Gateway_SharingConsent: [ 370, 0 ], EndEvent_NoSharingConsent: [ 370, 1 ],
        Gateway_CollaborationMeetingMerge: [ 460, 0 ], Task_HoldCollaborationMeeting: [ 590, 0 ],
        Gateway_AnotherCollaborationMeeting: [ 730, 0 ], Timer_NextCollaborationMeeting: [ 590, 1 ],
        EndEvent_CollaborationEnded: [ 830, 0 ]
      },
      routes: { Flow_NextCollaborationMeetingPlanned: 'vh', Flow_NextCollaborationMeetingDue: 'hv' },
      labels: { Gateway_AnotherCollaborationMeeting: 'above', Gateway_CollaborationMeetingMerge: 'above',
        Gateway_SharingConsent: 'above' }
    },
    {
      element: 'SubProcess_ConsentWithdrawn',
      lanes: [ { id: 'Lane_Kontaktperson', name: 'Kontaktperson', rows: 1 } ],
      rowHeights: [ 130 ],
      padRight: 110,
      labels: { EndEvent_ConsentWithdrawn: 'right' },
      at: {
        StartEvent_ConsentWithdrawn: [ 100, 0 ], Task_RecordConsentWithdrawal: [ 230, 0 ],
        EndEvent_ConsentWithdrawn: [ 380, 0 ]
      }
    }
  ]
};
