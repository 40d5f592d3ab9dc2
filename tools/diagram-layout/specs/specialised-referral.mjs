export default {
  planes: [
    {
      element: 'SpecialisedReferral',
      lanes: [
        { id: 'Lane_Leder', name: 'Leder', rows: 1 },
        { id: 'Lane_Kontaktperson', name: 'Kontaktperson', rows: 2 },
        { id: 'Lane_System', name: 'System', rows: 2 }
      ],
      rowHeights: [ 130, 120, 100, 120, 100 ],
      at: {
        StartEvent_ReferralChosen: [ 120, 1 ],
        Gateway_ProposalMerge: [ 210, 1 ],
        Task_ProposeMeasures: [ 320, 3 ],
        Task_PrepareReferral: [ 470, 1 ],
        Gateway_PreparationChoice: [ 610, 1 ],
        EndEvent_ReferralNotSent: [ 720, 1 ],
        Task_ApproveReferral: [ 740, 0 ],
        Gateway_ReferralApproved: [ 880, 0 ],
        EndEvent_ReferralRejectedByLeader: [ 990, 0 ],
        Task_SendReferral: [ 880, 3 ],
        SubProcess_AwaitDecision: [ 1040, 1 ],
        Gateway_DecisionMerge: [ 1180, 1 ],
        Task_SaveDecision: [ 1290, 3 ],
        Gateway_BufetatDecision: [ 1420, 3 ],
        EndEvent_ReferralGranted: [ 1540, 3 ],
        EndEvent_ReferralRefused: [ 1540, 4 ],
        EndEvent_ReferralWithdrawn: [ 1540, 2 ]
      },
      routes: {
        Flow_ToProposals: 'hv',
        Flow_Recalculate: { via: { row: 1.5, dy: -10 } },
        Flow_ToSaveDecision: 'hv',
        Flow_DecisionFromBufetat: { via: { row: 1.5, dy: 10 } }
      },
      labels: {
        Gateway_PreparationChoice: 'above-right',
        EndEvent_ReferralNotSent: 'right',
        Message_BufetatDecisionReceived: 'below-left',
        Gateway_BufetatDecision: 'above-left',
        Gateway_ReferralApproved: 'above'
      },
      attach: { Message_BufetatDecisionReceived: [ 'bottom', 0.25 ] },
      flowLabels: { Flow_SendForApproval: [ -72, -18 ] }
    },
    {
      element: 'SubProcess_AwaitDecision',
      lanes: [ { id: 'Lane_Kontaktperson', name: 'Kontaktperson', rows: 2 } ],
      at: {
        StartEvent_AwaitDecision: [ 100, 0 ],
        Task_RecordBufetatDecision: [ 230, 0 ],
        EndEvent_DecisionEntered: [ 420, 0 ],
        Task_RemindBufetat: [ 380, 1 ],
        EndEvent_BufetatReminded: [ 540, 1 ]
      },
      attach: { Timer_BufetatAnswerOverdue: [ 'bottom', 0.5 ] }
    }
  ]
};
